/** Typed read-only access to the compiled message templates; imported by prerendered server loads and the desk. */
import templatesJson from './generated/templates.json';
import type { MessageTemplate } from './template-schema';

const TEMPLATES = templatesJson as unknown as MessageTemplate[];

/** Every message template, in authored order (by function, easiest first). */
export function allTemplates(): readonly MessageTemplate[] {
	return TEMPLATES;
}
