/** The five source articles, by id, with their titles as published. */
export const ARTICLES = {
  A1: '質の高い人脈を作る確実な方法【勘違いしてる痛い奴が多すぎ】',
  A2: '「人付き合い虎の巻」異業種交流会の無意味さを知れ',
  A3: '交流会をオススメできない5つの理由と本物の人脈を作る3つのポイント',
  A4: '意味のある人脈をたくさん作れる人の3つの特徴【異業種交流会の効果】',
  A5: 'あなたに必要な人脈作りの方法',
} as const;
