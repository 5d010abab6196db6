// Synthetic Japanese names and places for the demo database: common family and given names (kanji, katakana
// reading, romaji for e-mail addresses), every prefecture with a city, and town names. Nobody real is meant.

/** [kanji, katakana, romaji] */
export type NameEntry = readonly [string, string, string];

/** Entries written `kanji kana romaji | ...`, several to a line. */
function entries(text: string): NameEntry[] {
  return text
    .split(/[|\n]/)
    .map((e) => e.trim())
    .filter(Boolean)
    .map((e) => {
      const [a = '', b = '', c = ''] = e.split(' ');
      return [a, b, c] as const;
    });
}

function words(text: string): string[] {
  return text.split(' ');
}

export const FAMILY_NAMES: readonly NameEntry[] = entries(`
  佐藤 サトウ sato | 鈴木 スズキ suzuki | 高橋 タカハシ takahashi | 田中 タナカ tanaka | 伊藤 イトウ ito | 渡辺 ワタナベ watanabe
  山本 ヤマモト yamamoto | 中村 ナカムラ nakamura | 小林 コバヤシ kobayashi | 加藤 カトウ kato | 吉田 ヨシダ yoshida
  山田 ヤマダ yamada | 佐々木 ササキ sasaki | 山口 ヤマグチ yamaguchi | 松本 マツモト matsumoto | 井上 イノウエ inoue
  木村 キムラ kimura | 林 ハヤシ hayashi | 斎藤 サイトウ saito | 清水 シミズ shimizu | 山崎 ヤマザキ yamazaki | 森 モリ mori
  池田 イケダ ikeda | 橋本 ハシモト hashimoto | 阿部 アベ abe | 石川 イシカワ ishikawa | 山下 ヤマシタ yamashita
  中島 ナカジマ nakajima | 石井 イシイ ishii | 小川 オガワ ogawa | 前田 マエダ maeda | 岡田 オカダ okada | 長谷川 ハセガワ hasegawa
  藤田 フジタ fujita | 後藤 ゴトウ goto | 近藤 コンドウ kondo | 村上 ムラカミ murakami | 遠藤 エンドウ endo | 青木 アオキ aoki
  坂本 サカモト sakamoto | 髙橋 タカハシ takahashi | 渡邊 ワタナベ watanabe | 齋藤 サイトウ saito | 山﨑 ヤマザキ yamazaki
  福田 フクダ fukuda | 太田 オオタ ota | 西村 ニシムラ nishimura | 藤井 フジイ fujii | 岡本 オカモト okamoto | 松田 マツダ matsuda
  中川 ナカガワ nakagawa | 原田 ハラダ harada | 小野 オノ ono | 竹内 タケウチ takeuchi | 金子 カネコ kaneko | 和田 ワダ wada
  中野 ナカノ nakano | 原 ハラ hara | 藤原 フジワラ fujiwara | 村田 ムラタ murata
`);

export const MALE_NAMES: readonly NameEntry[] = entries(`
  太郎 タロウ taro | 翔太 ショウタ shota | 大輔 ダイスケ daisuke | 健太 ケンタ kenta | 拓也 タクヤ takuya | 翔 ショウ sho
  直樹 ナオキ naoki | 蓮 レン ren | 大翔 ヒロト hiroto | 悠真 ユウマ yuma | 誠 マコト makoto | 浩 ヒロシ hiroshi | 隆 タカシ takashi
  健一 ケンイチ kenichi | 和也 カズヤ kazuya | 達也 タツヤ tatsuya | 湊 ミナト minato | 陽翔 ハルト haruto | 修 オサム osamu
  亮 リョウ ryo | 雄一 ユウイチ yuichi | 剛 ツヨシ tsuyoshi | 正人 マサト masato | 優斗 ユウト yuto | 一郎 イチロウ ichiro
  康介 コウスケ kosuke | 悠人 ユウト yuto | 颯 ハヤテ hayate
`);

export const FEMALE_NAMES: readonly NameEntry[] = entries(`
  花子 ハナコ hanako | 陽菜 ヒナ hina | 美咲 ミサキ misaki | 結衣 ユイ yui | 愛 アイ ai | さくら サクラ sakura | 葵 アオイ aoi
  真由美 マユミ mayumi | 恵子 ケイコ keiko | 由美 ユミ yumi | 優子 ユウコ yuko | 直美 ナオミ naomi | 彩 アヤ aya | 芽依 メイ mei
  凛 リン rin | 結菜 ユイナ yuina | 陽子 ヨウコ yoko | 久美子 クミコ kumiko | 明美 アケミ akemi | 千尋 チヒロ chihiro | 舞 マイ mai
  麻衣 マイ mai | 杏 アン an | 莉子 リコ riko | 智子 トモコ tomoko | 裕子 ユウコ yuko | 沙織 サオリ saori | 美穂 ミホ miho
`);

/** [prefecture, city] */
export const PLACES: readonly (readonly [string, string])[] = entries(`
  北海道 札幌市中央区 | 青森県 青森市 | 岩手県 盛岡市 | 宮城県 仙台市青葉区 | 秋田県 秋田市 | 山形県 山形市 | 福島県 郡山市 | 茨城県 つくば市 | 栃木県 宇都宮市
  群馬県 高崎市 | 埼玉県 さいたま市大宮区 | 千葉県 船橋市 | 東京都 新宿区 | 東京都 世田谷区 | 東京都 八王子市 | 神奈川県 横浜市港北区 | 神奈川県 川崎市中原区
  新潟県 新潟市中央区 | 富山県 富山市 | 石川県 金沢市 | 福井県 福井市 | 山梨県 甲府市 | 長野県 松本市 | 岐阜県 岐阜市 | 静岡県 浜松市中央区 | 愛知県 名古屋市中区
  三重県 四日市市 | 滋賀県 大津市 | 京都府 京都市下京区 | 大阪府 大阪市北区 | 大阪府 堺市堺区 | 兵庫県 神戸市中央区 | 奈良県 奈良市 | 和歌山県 和歌山市 | 鳥取県 鳥取市
  島根県 松江市 | 岡山県 岡山市北区 | 広島県 広島市中区 | 山口県 下関市 | 徳島県 徳島市 | 香川県 高松市 | 愛媛県 松山市 | 高知県 高知市 | 福岡県 福岡市博多区
  福岡県 北九州市小倉北区 | 佐賀県 佐賀市 | 長崎県 長崎市 | 熊本県 熊本市中央区 | 大分県 大分市 | 宮崎県 宮崎市 | 鹿児島県 鹿児島市 | 沖縄県 那覇市
`).map(([p, c]) => [p, c ?? '']);

export const TOWNS: readonly string[] = words(
  '本町 中央 栄町 緑町 旭町 幸町 寿町 桜木町 若葉 東町 西町 南町 北町 新町 元町 錦町 住吉町 日の出町 松が丘 梅が丘 泉町 宮前 大手町 城東 青葉台',
);

export const JOBS: readonly string[] = words(
  '一般事務 営業事務 経理事務 データ入力 コールセンター 受付 軽作業 製造ライン ITヘルプデスク 貿易事務 販売スタッフ 倉庫管理 介護スタッフ プログラマー 翻訳・通訳',
);

export const QUALIFICATIONS: readonly string[] = [
  '日商簿記2級',
  'TOEIC 800点',
  'MOS Excel',
  '普通自動車免許',
  '秘書検定2級',
  '基本情報技術者',
  'フォークリフト運転技能',
  '介護職員初任者研修',
  'ITパスポート',
  '医療事務',
];

export const INDUSTRIES: readonly string[] = words('製造 金融 情報通信 小売 物流 医療・福祉 商社 不動産');
export const DEPARTMENTS: readonly string[] = words('人事部 営業部 総務部 経理部 システム部 コーディネート部');
export const BANKS: readonly string[] = words('さくら架空銀行 みなと架空銀行 ひかり架空信用金庫 あおば架空銀行');
export const HEALTH_RESULTS: readonly string[] = words('異常なし 異常なし 異常なし 要経過観察 要再検査 要精密検査');
export const EMAIL_DOMAINS: readonly string[] = words('example.jp example.co.jp example.ne.jp example.or.jp');
