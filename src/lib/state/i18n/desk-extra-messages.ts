/** Interface strings of the desk's B1–B2 mode, its kept answers and the service screen's desk figures. */
export const en = {
	'desk.introLevels':
		'The tickets of your generated shop, waiting for a reply. Answer them at your level: at A1–A2 you choose the right phrase for each turn; at B1–B2 you put template sentences in order and fill their gaps; at C1–C2 you write the reply yourself. Every reply is checked for its moves, register, collocations and the ticket’s facts, and your answers are kept on this device.',
	'desk.mode.choose': 'A1–A2: choose the right phrase for each turn.',
	'desk.mode.complete': 'B1–B2: put the template sentences in order and fill each gap.',
	'desk.mode.write': 'C1–C2: write the whole reply yourself.',
	'desk.complete.how':
		'A reply goes greeting, apology (when something went wrong), next step, closing. Add the sentences in that order, then choose the word for each gap: mind the collocation and the register.',
	'desk.complete.pool': 'Sentences to place',
	'desk.complete.poolEmpty': 'Every sentence is in your reply.',
	'desk.complete.placed': 'Your reply, in order',
	'desk.complete.placedEmpty': 'Nothing placed yet: add the sentence that opens the reply.',
	'desk.complete.place': 'Add to the reply: {text}',
	'desk.complete.gap': 'Sentence {n}: fill the gap',
	'desk.complete.takeBack': 'Take sentence {n} back out',
	'desk.fail.order': 'The sentences are out of order. A reply goes greeting, apology, next step, closing:',
	'desk.unreadable':
		'{count, plural, one {# stored answer is} other {# stored answers are}} damaged and left out; the rest are shown.',
	'desk.service.heading': 'Replies from the service desk',
	'desk.service.none':
		'No ticket of this shop is answered yet. Answer tickets at the service desk, and their satisfaction changes here.',
	'desk.service.summary':
		'{count, plural, one {# ticket answered} other {# tickets answered}}: their satisfaction went from {before} to {after} (out of 5).',
	'desk.service.open': 'Open the service desk',
	'desk.service.after': 'After the replies',
	'desk.service.readError':
		'The desk’s answers could not be read, so the figures show the shop as it was generated.',
	'card.openHome.template': 'Open it among the message templates',
	'card.openHome.desk': 'Open the service desk',
	'card.openHome.mission': 'Open the mission',
	'card.openHome.custom': 'Study its deck'
} as const;

export const zh: Record<keyof typeof en, string> = {
	'desk.introLevels':
		'这是你生成的店铺里等待回复的工单。请按自己的级别回复：A1–A2每一轮选择合适的话术；B1–B2把模板句子排好顺序并填空；C1–C2自己写回复。每条回复都会检查回复步骤、语体、搭配和工单信息，回复记录保存在本设备上。',
	'desk.mode.choose': 'A1–A2：每一轮选择合适的话术。',
	'desk.mode.complete': 'B1–B2：把模板句子排好顺序，并填好每个空。',
	'desk.mode.write': 'C1–C2：自己写完整的回复。',
	'desk.complete.how':
		'回复的顺序是：问候、道歉（出了问题时）、具体的下一步、结束语。请按这个顺序添加句子，再为每个空选择合适的词，注意搭配和语体。',
	'desk.complete.pool': '待排列的句子',
	'desk.complete.poolEmpty': '所有句子都已放进回复。',
	'desk.complete.placed': '你的回复（按顺序）',
	'desk.complete.placedEmpty': '还没有句子：先添加回复开头的那一句。',
	'desk.complete.place': '添加到回复：{text}',
	'desk.complete.gap': '第{n}句：填空',
	'desk.complete.takeBack': '把第{n}句拿回去',
	'desk.fail.order': '句子的顺序不对。回复应该依次是问候、道歉、具体的下一步、结束语：',
	'desk.unreadable': '有{count}条保存的回复已损坏，没有显示；其余的都显示了。',
	'desk.service.heading': '客服工作台的回复',
	'desk.service.none': '这家店铺的工单还没有回复。去客服工作台回复工单，这里的满意度会随之变化。',
	'desk.service.summary': '已回复{count}张工单：这些工单的满意度从{before}变成了{after}（满分5分）。',
	'desk.service.open': '打开客服工作台',
	'desk.service.after': '回复后',
	'desk.service.readError': '无法读取客服工作台的回复，下面的数字是店铺生成时的原始数据。',
	'card.openHome.template': '在客服话术模板中查看',
	'card.openHome.desk': '打开客服工作台',
	'card.openHome.mission': '打开这个任务',
	'card.openHome.custom': '学习这个卡组'
} as const;
