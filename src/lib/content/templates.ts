/** Typed read-only access to the compiled message templates; imported by prerendered server loads and the desk. */
import templatesJson from './generated/templates.json';
import deskJson from './generated/desk.json';
import type { DeskRules } from '../domain/desk/rules';
import type { MessageTemplate } from './template-schema';

const TEMPLATES = templatesJson as unknown as MessageTemplate[];

/** Every message template, in authored order (by function, easiest first). */
export function allTemplates(): readonly MessageTemplate[] {
	return TEMPLATES;
}

/** The 客服 desk's reply rules (content/desk.yaml). */
export function deskRules(): DeskRules {
	return deskJson as unknown as DeskRules;
}
