/** Saves text as a file through the browser's download, without a server. */
export function downloadText(name: string, text: string, type: string): void {
	const a = document.createElement('a');
	a.href = URL.createObjectURL(new Blob([text], { type }));
	a.download = name;
	a.click();
	setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** A file name part from any title: letters, digits and hanzi kept, the rest as dashes. */
export function fileSlug(text: string): string {
	return (
		text
			.normalize('NFKC')
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 40) || 'kehu'
	);
}
