import { error } from '@sveltejs/kit';
import { setIds, setWord } from '../../sets';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => setIds(['notebook']);

export const load: PageServerLoad = ({ params }) => {
	const word = setWord(params.set);
	if (params.set !== 'mixed' && params.set !== 'notebook' && word === null) error(404, 'No such quiz set');
	return { set: params.set, word };
};
