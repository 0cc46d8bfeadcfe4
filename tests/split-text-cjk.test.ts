/**
 * Chinese and Japanese pages (issue 14): sentences end in "。", "！" or "？" and words have no spaces
 * between them, so a paragraph is measured by its characters' words; the comment label and count
 * are printed in the page's language ("コメント", "评论 3,482"). Every page here is invented.
 */
import { describe, expect, it } from 'vitest';
import { wordCount, endsSentence } from '../src/split/text/article.js';
import { splitText } from '../src/split/text/index.js';
import { DATE } from '../src/split/text/headers.js';

describe('measuring text written without spaces', () => {
  const cases: [string, number][] = [
    ['東京都は来月から新しい駐輪場を開設する。', 10],
    ['Three short words', 3],
    ['北海道 新聞', 3],
    ['新しい', 2],
  ];
  it.each(cases)('"%s" counts %i words', (text, words) => {
    expect(wordCount(text)).toBe(words);
  });
  it.each(['開設する。', '本当ですか？', '最高！', '「唐突だ」と述べた。'])('"%s" ends a sentence', (text) => {
    expect(endsSentence(text)).toBe(true);
  });
  it.each(['関連記事', '最終更新 5/14 19:05'])('"%s" does not', (text) => {
    expect(endsSentence(text)).toBe(false);
  });
});

const JAPANESE = [
  'ホーム',
  'ニュース',
  'ログイン',
  '国内',
  '経済',
  '市営バス、来年春から深夜便を試験運行へ　利用者は歓迎',
  '西部日報',
  '市は20日、市営バスの一部路線で来年春から深夜便を試験的に運行すると発表した。',
  '対象は駅前と住宅地を結ぶ3路線で、最終便を午前0時半まで延長する。',
  '市の担当者は「利用状況を見て本格運行を判断したい」と話している。',
  '関連記事',
  '終電後の帰宅手段、各地で模索',
  '最終更新 西部日報',
  'この記事は役に立ちましたか？',
  'コメント',
  '12件',
  'みどり',
  '毎晩タクシーで帰っていたので本当に助かります。',
  'けんじ',
  '週末だけでも十分ありがたいです。',
];

const CHINESE = [
  '首页',
  '热门',
  '登录',
  '城市生活',
  '【地铁夜间延长运营】记者从市地铁集团获悉，自下月起，三条线路每周五、周六末班车延长至次日凌晨一点。',
  '试行期间将根据客流评估是否常态化，其他线路暂不调整。你会坐深夜地铁吗？',
  '网页链接',
  '转发 120',
  '评论 3,482',
  '按热度',
  '小鱼：终于！每次加班都要赶末班车。',
  '阿杰：工作日也需要啊。',
];

describe('a Japanese news page', () => {
  const page = splitText(JAPANESE.join('\n'));
  it('finds the article between the dateline and the related links', () => {
    expect(page.body?.paragraphs.map((p) => p.text)).toEqual(JAPANESE.slice(7, 10));
  });
  it('keeps the feedback prompt after the related links out of the body', () => {
    expect(page.body?.text).not.toContain('役に立ちましたか');
  });
});

describe('a Chinese social post', () => {
  const page = splitText(CHINESE.join('\n'));
  it('takes the post as the body, and stops at the count of comments', () => {
    expect(page.body?.paragraphs.map((p) => p.text)).toEqual(CHINESE.slice(4, 6));
  });
});

describe('month-and-day dates with a clock, as Chinese and Japanese sites print them', () => {
  const date = (text: string) => new RegExp(`^(?:${DATE})$`, 'iu').test(text);
  it.each(['5/14(水) 18:32', '5/3(土) 18:32', '5-14 09:03', '05/03 18:32', '2026年5月14日', '5月14日 18:32'])('"%s" is a date', (text) => {
    expect(date(text)).toBe(true);
  });
  // On English pages a score or a fraction before a clock is no date.
  it.each(['2-1 10:45', '1/2 12:30', '3-0 90:00'])('"%s" is not', (text) => {
    expect(date(text)).toBe(false);
  });
});

describe('an English comment with a score over a clock', () => {
  it('keeps its lines', () => {
    const text = ['Valley Post', 'Bridge reopens after six months of repairs', 'The river bridge on Mill Road reopened to traffic on Friday morning, six months after engineers found cracks in two of its supports.', 'Buses return to their usual route from Monday, the council said.', '3 Comments', 'Ines Varga', 'Today 10:02am', 'Great match tonight, well played.', 'Final score', '2-1 10:45', 'Tom Ellis', 'Today 11:02am', 'About time, thank you.'].join('\n');
    expect(splitText(text).comments[0]?.text).toBe('Great match tonight, well played.\nFinal score\n2-1 10:45');
  });
});
