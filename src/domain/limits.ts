/** The longest text rel keeps in one field (a name, a note, a goal): typed, imported or restored. */
export const MAX_TEXT = 2000;
