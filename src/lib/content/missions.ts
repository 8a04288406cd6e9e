/** The simulator missions a teacher can assign, as `{ id, title }`, from the simulator's mission catalogue. */
import { allMissions } from './simulator';

export interface MissionOption {
	id: string;
	title: string;
}

/** Every mission, titled by its level and its Chinese statement (placeholders shown as …). */
export function missionOptions(): readonly MissionOption[] {
	return allMissions().map((m) => ({ id: m.id, title: `${m.level} · ${m.zh.replace(/\{\w+\}/g, '…')}` }));
}
