import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createPinyinReader } from './pinyin-reader';

const read = createPinyinReader(parse(readFileSync('content/pinyin.yaml', 'utf8')) as Record<string, string>);
const reading = (s: string) => read(s).filter(Boolean).join(' ');

describe('pinyin of content sentences, in citation tones', () => {
	it.each([
		['我得走了。', 'wǒ děi zǒu le'],
		['你得先联系客服。', 'nǐ děi xiān lián xì kè fú'],
		['我们还得改善服务。', 'wǒ men hái děi gǎi shàn fú wù'],
		['他得到了客户的信任。', 'tā dé dào le kè hù de xìn rèn'],
		['这件事做得很好。', 'zhè jiàn shì zuò de hěn hǎo'],
		['他说得非常清楚。', 'tā shuō de fēi cháng qīng chu'],
		['建立长期的合作', 'jiàn lì cháng qī de hé zuò'],
		['公司的规模增长了', 'gōng sī de guī mó zēng zhǎng le'],
		['客户关系很重要', 'kè hù guān xì hěn zhòng yào'],
		['我们要重新建立信任', 'wǒ men yào chóng xīn jiàn lì xìn rèn'],
		['留存率和转化率', 'liú cún lǜ hé zhuǎn huà lǜ'],
		['我们率先推出会员体系', 'wǒ men shuài xiān tuī chū huì yuán tǐ xì'],
		['他还没还钱', 'tā hái méi huán qián'],
		['这个行业的银行不行', 'zhè ge háng yè de yín háng bù xíng'],
		['一旦不是一个客户', 'yī dàn bù shì yī ge kè hù'],
		['三个人的个人信息', 'sān ge rén de gè rén xìn xī'],
		['每个客户都不一样', 'měi ge kè hù dōu bù yī yàng'],
		['上个月比下个星期忙', 'shàng ge yuè bǐ xià ge xīng qī máng'],
		['请给个好评，没有个人信息', 'qǐng gěi ge hǎo píng méi yǒu gè rén xìn xī'],
		['客服电话是多少？', 'kè fú diàn huà shì duō shao'],
		['一共花了多少钱', 'yī gòng huā le duō shao qián'],
		['多少有点贵', 'duō shǎo yǒu diǎn guì'],
		['东西一直没收到', 'dōng xi yī zhí méi shōu dào'],
		['请告诉我特别的地方', 'qǐng gào su wǒ tè bié de dì fang'],
		['我的朋友不用客气', 'wǒ de péng you bù yòng kè qi'],
		['销售漏斗', 'xiāo shòu lòu dǒu']
	])('%s → %s', (sentence, expected) => {
		expect(reading(sentence)).toBe(expected);
	});

	it('gives one entry per character, empty for non-Chinese ones', () => {
		expect(read('RFM模型')).toEqual(['', '', '', 'mó', 'xíng']);
	});
});
