/** The classifiers "choose the measure word" (一 _ 客户) knows, and those it may offer as wrong. */

/**
 * Distractors come only from classifiers with a narrow, concrete use, so one is wrong unless the
 * noun's entry lists it; broad ones (个, 种, 项, 次) are never offered as wrong.
 */
export const DISTRACTOR_POOL: readonly string[] = Array.from('位名张本条家台辆件笔份把杯');

/** Classifiers the content recognises before a noun (一位客户, 这张优惠券, 3家公司). */
export const CLASSIFIERS: readonly string[] = [
	...DISTRACTOR_POOL,
	...Array.from('个项种次套段层类座幅轮场波批封篇部')
];

/** Wrong choices shown in one question. */
export const MEASURE_CHOICES = 3;

/** A prefix that puts a classifier in front of a noun: a number, 这/那/每/哪/几/某. */
export const COUNT_PREFIX = /[0-9一二两三四五六七八九十百千万几每这那哪某半]/u;
