/** Decodes a share link or file off the main thread, so even a hostile one never freezes the page. */
import { readShareHere, type ShareReadReply, type ShareReadRequest } from '$lib/state/loaders/share-reader';

addEventListener('message', (event: MessageEvent<ShareReadRequest>) => {
	void readShareHere(event.data).then((reply: ShareReadReply) => postMessage(reply));
});
