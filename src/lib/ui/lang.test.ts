import { describe, expect, it } from 'vitest';
import { dataLang } from './lang';

describe('dataLang', () => {
	it('tags Chinese labels and Chinese-formatted figures as Chinese', () => {
		expect(dataLang('重要价值客户')).toBe('zh-CN');
		expect(dataLang('81.6万元')).toBe('zh-CN');
		expect(dataLang('客单价（元）')).toBe('zh-CN');
	});

	it('leaves English, numbers and figures without characters to the interface language', () => {
		expect(dataLang('Month')).toBeUndefined();
		expect(dataLang('12.5 %')).toBeUndefined();
		expect(dataLang(42)).toBeUndefined();
		expect(dataLang('Customers in the 白金 tier')).toBeUndefined();
	});
});
