/** Number formats for the simulator screens; Chinese grouping is the same as English for these. */
const whole = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const money = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const int = (x: number) => whole.format(x);
/** "1,234.50元" */
export const yuan = (x: number) => `${money.format(x)}元`;
/** "12.3%" from a 0–1 share */
export const pct = (share: number, digits = 1) => `${(share * 100).toFixed(digits)}%`;
