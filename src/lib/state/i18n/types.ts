import type assignment from './en/assignment';
import type cards from './en/cards';
import type core from './en/core';
import type custom from './en/custom';
import type deck from './en/deck';
import type desk from './en/desk';
import type dialogues from './en/dialogues';
import type home from './en/home';
import type info from './en/info';
import type notebook from './en/notebook';
import type optimize from './en/optimize';
import type practice from './en/practice';
import type restore from './en/restore';
import type settings from './en/settings';
import type sim from './en/sim';
import type stats from './en/stats';
import type study from './en/study';
import type teach from './en/teach';
import type words from './en/words';

/** The interface languages. */
export type Locale = 'en' | 'zh';

/** Every English message by key: the source of the key list and of each message's placeholders. */
export type English = typeof assignment &
	typeof cards &
	typeof core &
	typeof custom &
	typeof deck &
	typeof desk &
	typeof dialogues &
	typeof home &
	typeof info &
	typeof notebook &
	typeof optimize &
	typeof practice &
	typeof restore &
	typeof settings &
	typeof sim &
	typeof stats &
	typeof study &
	typeof teach &
	typeof words;

export type MessageKey = keyof English;

/** A translation of one group: every key of its English module, each a string. */
export type Translation<T> = { readonly [K in keyof T]: string };

/** The names a template fills: `{name}` and `{name, plural, …}`, never the `#` inside plural forms. */
type Names<S extends string> = S extends `${string}{${infer After}`
	? After extends `${infer Inside}}${infer Rest}`
		? NameOf<Inside> | Names<Rest>
		: never
	: never;
type NameOf<N extends string> = N extends `${infer M},${string}` ? Ident<M> : Ident<N>;
type Ident<N extends string> = N extends
	'' | `${string} ${string}` | `${string}#${string}` | `${string}{${string}`
	? never
	: N;

/** The values a message needs: a missing or misspelt one is a type error (per key of a key union). */
export type MessageValues<K extends MessageKey> = K extends MessageKey
	? [Names<English[K]>] extends [never]
		? [values?: Record<string, never>]
		: [values: Record<Names<English[K]>, string | number>]
	: never;

/** Words a message key in one language; shared by the preferences rune and by tests. */
export type Translate = <K extends MessageKey>(key: K, ...values: MessageValues<K>) => string;
