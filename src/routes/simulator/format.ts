/** Number formats for the simulator screens; Chinese grouping is the same as English for these. */
const whole = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const money = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const int = (x: number) => whole.format(x);
/** "1,234.50元" */
export const yuan = (x: number) => `${money.format(x)}元`;
/** "12.3%" from a 0–1 share */
export const pct = (share: number, digits = 1) => `${(share * 100).toFixed(digits)}%`;
/** Large sums the Chinese way: "369.6万元" from 3,695,652 (万 = 10,000); smaller ones as yuan(). */
export const wan = (x: number) => (Math.abs(x) >= 100_000 ? `${(x / 10_000).toFixed(1)}万元` : yuan(x));
