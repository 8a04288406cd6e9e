/**
 * The simulator missions a teacher can assign, as `{ id, title }`. The simulator's mission catalogue
 * plugs in here; until it ships, there are none to choose.
 */
export interface MissionOption {
	id: string;
	title: string;
}

export function missionOptions(): readonly MissionOption[] {
	return [];
}
