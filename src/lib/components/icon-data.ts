// Made by `node scripts/icon-data.js` from @lucide/svelte (ISC licence); do not edit.
export const iconData = {
	back: {
		classes: 'lucide lucide-arrow-left lucide-icon',
		children: '<path d="m12 19-7-7 7-7"></path><path d="M19 12H5"></path>'
	},
	glossary: {
		classes: 'lucide lucide-book-open lucide-icon',
		children:
			'<path d="M12 5v16"></path><path d="M20.001 19A2 2 0 0022 17V5a2 2 0 00-1.999-2L16 3.002A5 5 0 0012 5a5 5 0 00-4-2H4a2 2 0 00-2 2v12a2 2 0 001.999 2H8a5 5 0 014 2 5 5 0 014-2z"></path>'
	},
	done: {
		classes: 'lucide lucide-circle-check lucide-check-circle-2 lucide-icon',
		children: '<circle cx="12" cy="12" r="10"></circle><path d="m16 9-5.5 5.5L8 12"></path>'
	},
	help: {
		classes: 'lucide lucide-circle-question-mark lucide-help-circle lucide-circle-help lucide-icon',
		children:
			'<circle cx="12" cy="12" r="10"></circle><path d="M9.09 9a3 3 0 0 1 5.83 1c0 2-3 3-3 3"></path><path d="M12 17h.01"></path>'
	},
	hours: {
		classes: 'lucide lucide-clock lucide-icon',
		children: '<circle cx="12" cy="12" r="10"></circle><path d="M12 6v6l4 2"></path>'
	},
	documents: {
		classes: 'lucide lucide-file-text lucide-icon',
		children:
			'<path d="M6 22a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h8a2.4 2.4 0 0 1 1.704.706l3.588 3.588A2.4 2.4 0 0 1 20 8v12a2 2 0 0 1-2 2z"></path><path d="M14 2v5a1 1 0 0 0 1 1h5"></path><path d="M10 9H8"></path><path d="M16 13H8"></path><path d="M16 17H8"></path>'
	},
	start: {
		classes: 'lucide lucide-house lucide-home lucide-icon',
		children:
			'<path d="M15 21v-8a1 1 0 0 0-1-1h-4a1 1 0 0 0-1 1v8"></path><path d="M3 10a2 2 0 0 1 .709-1.528l7-6a2 2 0 0 1 2.582 0l7 6A2 2 0 0 1 21 10v9a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z"></path>'
	},
	info: {
		classes: 'lucide lucide-info lucide-icon',
		children:
			'<circle cx="12" cy="12" r="10"></circle><path d="M12 16v-4"></path><path d="M12 8h.01"></path>'
	},
	language: {
		classes: 'lucide lucide-languages lucide-icon',
		children:
			'<path d="m5 8 6 6"></path><path d="m4 14 6-6 2-3"></path><path d="M2 5h12"></path><path d="M7 2h1"></path><path d="m22 22-5-10-5 10"></path><path d="M14 18h6"></path>'
	},
	password: {
		classes: 'lucide lucide-lock lucide-icon',
		children:
			'<rect width="18" height="11" x="3" y="11" rx="2" ry="2"></rect><path d="M7 11V7a5 5 0 0 1 10 0v4"></path>'
	},
	login: {
		classes: 'lucide lucide-log-in lucide-icon',
		children:
			'<path d="m10 17 5-5-5-5"></path><path d="M15 12H3"></path><path d="M15 3h4a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2h-4"></path>'
	},
	logout: {
		classes: 'lucide lucide-log-out lucide-icon',
		children:
			'<path d="m16 17 5-5-5-5"></path><path d="M21 12H9"></path><path d="M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4"></path>'
	},
	feedback: {
		classes: 'lucide lucide-message-circle lucide-icon',
		children:
			'<path d="M2.992 16.342a2 2 0 0 1 .094 1.167l-1.065 3.29a1 1 0 0 0 1.236 1.168l3.413-.998a2 2 0 0 1 1.099.092 10 10 0 1 0-4.777-4.719"></path>'
	},
	modules: {
		classes: 'lucide lucide-puzzle lucide-icon',
		children:
			'<path d="M15.39 4.39a1 1 0 0 0 1.68-.474 2.5 2.5 0 1 1 3.014 3.015 1 1 0 0 0-.474 1.68l1.683 1.682a2.414 2.414 0 0 1 0 3.414L19.61 15.39a1 1 0 0 1-1.68-.474 2.5 2.5 0 1 0-3.014 3.015 1 1 0 0 1 .474 1.68l-1.683 1.682a2.414 2.414 0 0 1-3.414 0L8.61 19.61a1 1 0 0 0-1.68.474 2.5 2.5 0 1 1-3.014-3.015 1 1 0 0 0 .474-1.68l-1.683-1.682a2.414 2.414 0 0 1 0-3.414L4.39 8.61a1 1 0 0 1 1.68.474 2.5 2.5 0 1 0 3.014-3.015 1 1 0 0 1-.474-1.68l1.683-1.682a2.414 2.414 0 0 1 3.414 0z"></path>'
	},
	admin: {
		classes: 'lucide lucide-shield lucide-icon',
		children:
			'<path d="M20 13c0 5-3.5 7.5-7.66 8.95a1 1 0 0 1-.67-.01C7.5 20.5 4 18 4 13V6a1 1 0 0 1 1-1c2 0 4.5-1.2 6.24-2.72a1.17 1.17 0 0 1 1.52 0C14.51 3.81 17 5 19 5a1 1 0 0 1 1 1z"></path>'
	},
	goals: {
		classes: 'lucide lucide-target lucide-icon',
		children:
			'<circle cx="12" cy="12" r="10"></circle><circle cx="12" cy="12" r="6"></circle><circle cx="12" cy="12" r="2"></circle>'
	},
	warning: {
		classes: 'lucide lucide-triangle-alert lucide-alert-triangle lucide-icon',
		children:
			'<path d="m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3"></path><path d="M12 9v4"></path><path d="M12 17h.01"></path>'
	},
	person: {
		classes: 'lucide lucide-user lucide-icon',
		children:
			'<path d="M19 21v-2a4 4 0 0 0-4-4H9a4 4 0 0 0-4 4v2"></path><circle cx="12" cy="7" r="4"></circle>'
	},
	team: {
		classes: 'lucide lucide-users lucide-icon',
		children:
			'<path d="M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2"></path><path d="M16 3.128a4 4 0 0 1 0 7.744"></path><path d="M22 21v-2a4 4 0 0 0-3-3.87"></path><circle cx="9" cy="7" r="4"></circle>'
	},
	anchor: {
		classes: 'lucide lucide-anchor lucide-icon',
		children:
			'<path d="M12 6v16"></path><path d="m19 13 2-1a9 9 0 0 1-18 0l2 1"></path><path d="M9 11h6"></path><circle cx="12" cy="4" r="2"></circle>'
	},
	next: {
		classes: 'lucide lucide-arrow-right lucide-icon',
		children: '<path d="M5 12h14"></path><path d="m12 5 7 7-7 7"></path>'
	},
	calendar: {
		classes: 'lucide lucide-calendar lucide-icon',
		children:
			'<path d="M8 2v3"></path><path d="M16 2v3"></path><rect x="3" y="3" width="18" height="18" rx="2"></rect><path d="M3 9h18"></path>'
	},
	running: {
		classes: 'lucide lucide-circle-play lucide-play-circle lucide-icon',
		children:
			'<path d="M9 9.003a1 1 0 0 1 1.517-.859l4.997 2.997a1 1 0 0 1 0 1.718l-4.997 2.997A1 1 0 0 1 9 14.996z"></path><circle cx="12" cy="12" r="10"></circle>'
	},
	declined: {
		classes: 'lucide lucide-circle-x lucide-x-circle lucide-icon',
		children:
			'<circle cx="12" cy="12" r="10"></circle><path d="m15 9-6 6"></path><path d="m9 9 6 6"></path>'
	},
	door: {
		classes: 'lucide lucide-door-open lucide-icon',
		children:
			'<path d="M10 21H2"></path><path d="M10 3H7a2 2 0 00-2 2v16"></path><path d="M14 12h.01"></path><path d="M19 21V5a2 2 0 00-1.675-1.974l-6.163-1.013A1 1 0 0010 3v18a1 1 0 001.124.992z"></path><path d="M22 21h-3"></path>'
	},
	finished: {
		classes: 'lucide lucide-flag lucide-icon',
		children:
			'<path d="M4 22V4a1 1 0 0 1 .4-.8A6 6 0 0 1 8 2c3 0 5 2 7.333 2q2 0 3.067-.8A1 1 0 0 1 20 4v10a1 1 0 0 1-.4.8A6 6 0 0 1 16 16c-3 0-5-2-8-2a6 6 0 0 0-4 1.528"></path>'
	},
	learn: {
		classes: 'lucide lucide-graduation-cap lucide-icon',
		children:
			'<path d="M21.42 10.922a1 1 0 0 0-.019-1.838L12.83 5.18a2 2 0 0 0-1.66 0L2.6 9.08a1 1 0 0 0 0 1.832l8.57 3.908a2 2 0 0 0 1.66 0z"></path><path d="M22 10v6"></path><path d="M6 12.5V16a6 3 0 0 0 12 0v-3.5"></path>'
	},
	handshake: {
		classes: 'lucide lucide-handshake lucide-icon',
		children:
			'<path d="m11 17 2 2a1 1 0 1 0 3-3"></path><path d="m14 14 2.5 2.5a1 1 0 1 0 3-3l-3.88-3.88a3 3 0 0 0-4.24 0l-.88.88a1 1 0 1 1-3-3l2.81-2.81a5.79 5.79 0 0 1 7.06-.87l.47.28a2 2 0 0 0 1.42.25L21 4"></path><path d="m21 3 1 11h-2"></path><path d="M3 3 2 14l6.5 6.5a1 1 0 1 0 3-3"></path><path d="M3 4h8"></path>'
	},
	waiting: {
		classes: 'lucide lucide-hourglass lucide-icon',
		children:
			'<path d="M5 22h14"></path><path d="M5 2h14"></path><path d="M17 22v-4.172a2 2 0 0 0-.586-1.414L12 12l-4.414 4.414A2 2 0 0 0 7 17.828V22"></path><path d="M7 2v4.172a2 2 0 0 0 .586 1.414L12 12l4.414-4.414A2 2 0 0 0 17 6.172V2"></path>'
	},
	requests: {
		classes: 'lucide lucide-inbox lucide-icon',
		children:
			'<polyline points="22 12 16 12 14 15 10 15 8 12 2 12"></polyline><path d="M5.45 5.11 2 12v6a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2v-6l-3.45-6.89A2 2 0 0 0 16.76 4H7.24a2 2 0 0 0-1.79 1.11z"></path>'
	},
	bookings: {
		classes: 'lucide lucide-list-checks lucide-icon',
		children:
			'<path d="M13 5h8"></path><path d="M13 12h8"></path><path d="M13 19h8"></path><path d="m3 17 2 2 4-4"></path><path d="m3 7 2 2 4-4"></path>'
	},
	route: {
		classes: 'lucide lucide-route lucide-icon',
		children:
			'<circle cx="6" cy="19" r="3"></circle><path d="M9 19h8.5a3.5 3.5 0 0 0 0-7h-11a3.5 3.5 0 0 1 0-7H15"></path><circle cx="18" cy="5" r="3"></circle>'
	},
	shieldCheck: {
		classes: 'lucide lucide-shield-check lucide-icon',
		children:
			'<path d="M20 13c0 5-3.5 7.5-7.66 8.95a1 1 0 0 1-.67-.01C7.5 20.5 4 18 4 13V6a1 1 0 0 1 1-1c2 0 4.5-1.2 6.24-2.72a1.17 1.17 0 0 1 1.52 0C14.51 3.81 17 5 19 5a1 1 0 0 1 1 1z"></path><path d="m9 12 2 2 4-4"></path>'
	},
	withdrawn: {
		classes: 'lucide lucide-undo-2 lucide-icon',
		children:
			'<path d="M9 14 4 9l5-5"></path><path d="M4 9h10.5a5.5 5.5 0 0 1 5.5 5.5a5.5 5.5 0 0 1-5.5 5.5H11"></path>'
	},
	chart: {
		classes: 'lucide lucide-chart-column lucide-bar-chart-3 lucide-icon',
		children:
			'<path d="M3 3v16a2 2 0 0 0 2 2h16"></path><path d="M18 17V9"></path><path d="M13 17V5"></path><path d="M8 17v-3"></path>'
	},
	rating1: {
		classes: 'lucide lucide-face-angry lucide-angry lucide-icon',
		children:
			'<path d="M15 12v-1.584"></path><path d="M17 10a5 5 0 00-3 1"></path><path d="M7 10a5 5 0 013 1"></path><path d="M9 12v-1.584"></path><path d="M9 17a5 5 0 016.001 0"></path><circle cx="12" cy="12" r="10"></circle>'
	},
	rating2: {
		classes: 'lucide lucide-face-slightly-frowning lucide-frown lucide-icon',
		children:
			'<path d="M15 10V9"></path><path d="M9 10V9"></path><path d="M9 16a5 5 0 016 0"></path><circle cx="12" cy="12" r="10"></circle>'
	},
	rating3: {
		classes: 'lucide lucide-face-neutral lucide-meh lucide-icon',
		children:
			'<path d="M15 10V9"></path><path d="M8 16h8"></path><path d="M9 10V9"></path><circle cx="12" cy="12" r="10"></circle>'
	},
	rating4: {
		classes: 'lucide lucide-face-slightly-smiling lucide-smile lucide-icon',
		children:
			'<path d="M15 10V9"></path><path d="M16.472 15a6 6 0 01-8.943 0"></path><path d="M9 10V9"></path><circle cx="12" cy="12" r="10"></circle>'
	},
	rating5: {
		classes: 'lucide lucide-face-grinning lucide-laugh lucide-icon',
		children:
			'<path d="M15 10V9"></path><path d="M7.084 14.302a5.12 5.12 0 009.833 0 .24.24 0 00-.235-.302H7.32a.24.24 0 00-.235.302"></path><path d="M9 10V9"></path><circle cx="12" cy="12" r="10"></circle>'
	},
	copy: {
		classes: 'lucide lucide-copy lucide-icon',
		children:
			'<rect width="14" height="14" x="8" y="8" rx="2" ry="2"></rect><path d="M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2"></path>'
	},
	download: {
		classes: 'lucide lucide-download lucide-icon',
		children:
			'<path d="M12 15V3"></path><path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"></path><path d="m7 10 5 5 5-5"></path>'
	},
	eye: {
		classes: 'lucide lucide-eye lucide-icon',
		children:
			'<path d="M2.062 12.348a1 1 0 0 1 0-.696 10.75 10.75 0 0 1 19.876 0 1 1 0 0 1 0 .696 10.75 10.75 0 0 1-19.876 0"></path><circle cx="12" cy="12" r="3"></circle>'
	},
	data: {
		classes: 'lucide lucide-file-braces lucide-file-json lucide-icon',
		children:
			'<path d="M6 22a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h8a2.4 2.4 0 0 1 1.704.706l3.588 3.588A2.4 2.4 0 0 1 20 8v12a2 2 0 0 1-2 2z"></path><path d="M14 2v5a1 1 0 0 0 1 1h5"></path><path d="M10 12a1 1 0 0 0-1 1v1a1 1 0 0 1-1 1 1 1 0 0 1 1 1v1a1 1 0 0 0 1 1"></path><path d="M14 18a1 1 0 0 0 1-1v-1a1 1 0 0 1 1-1 1 1 0 0 1-1-1v-1a1 1 0 0 0-1-1"></path>'
	},
	report: {
		classes: 'lucide lucide-file-check lucide-icon',
		children:
			'<path d="M6 22a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h8a2.4 2.4 0 0 1 1.704.706l3.588 3.588A2.4 2.4 0 0 1 20 8v12a2 2 0 0 1-2 2z"></path><path d="M14 2v5a1 1 0 0 0 1 1h5"></path><path d="m9 15 2 2 4-4"></path>'
	},
	notes: {
		classes: 'lucide lucide-notebook-pen lucide-icon',
		children:
			'<path d="M13.4 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-7.4"></path><path d="M2 6h4"></path><path d="M2 10h4"></path><path d="M2 14h4"></path><path d="M2 18h4"></path><path d="M21.378 5.626a1 1 0 1 0-3.004-3.004l-5.01 5.012a2 2 0 0 0-.506.854l-.837 2.87a.5.5 0 0 0 .62.62l2.87-.837a2 2 0 0 0 .854-.506z"></path>'
	},
	share: {
		classes: 'lucide lucide-share-2 lucide-icon',
		children:
			'<circle cx="18" cy="5" r="3"></circle><circle cx="6" cy="12" r="3"></circle><circle cx="18" cy="19" r="3"></circle><line x1="8.59" x2="15.42" y1="13.51" y2="17.49"></line><line x1="15.41" x2="8.59" y1="6.51" y2="10.49"></line>'
	},
	settings: {
		classes: 'lucide lucide-settings lucide-icon',
		children:
			'<path d="M9.671 4.136a2.34 2.34 0 0 1 4.659 0 2.34 2.34 0 0 0 3.319 1.915 2.34 2.34 0 0 1 2.33 4.033 2.34 2.34 0 0 0 0 3.831 2.34 2.34 0 0 1-2.33 4.033 2.34 2.34 0 0 0-3.319 1.915 2.34 2.34 0 0 1-4.659 0 2.34 2.34 0 0 0-3.32-1.915 2.34 2.34 0 0 1-2.33-4.033 2.34 2.34 0 0 0 0-3.831A2.34 2.34 0 0 1 6.35 6.051a2.34 2.34 0 0 0 3.319-1.915"></path><circle cx="12" cy="12" r="3"></circle>'
	},
	contrast: {
		classes: 'lucide lucide-contrast lucide-icon',
		children: '<circle cx="12" cy="12" r="10"></circle><path d="M12 18a6 6 0 0 0 0-12v12z"></path>'
	},
	textSize: {
		classes: 'lucide lucide-a-large-small lucide-icon',
		children:
			'<path d="m15 16 2.536-7.328a1.02 1.02 1 0 1 1.928 0L22 16"></path><path d="M15.697 14h5.606"></path><path d="m2 16 4.039-9.69a.5.5 0 0 1 .923 0L11 16"></path><path d="M3.304 13h6.392"></path>'
	},
	readAloud: {
		classes: 'lucide lucide-volume-2 lucide-icon',
		children:
			'<path d="M11 4.702a.705.705 0 0 0-1.203-.498L6.413 7.587A1.4 1.4 0 0 1 5.416 8H3a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h2.416a1.4 1.4 0 0 1 .997.413l3.383 3.384A.705.705 0 0 0 11 19.298z"></path><path d="M16 9a5 5 0 0 1 0 6"></path><path d="M19.364 18.364a9 9 0 0 0 0-12.728"></path>'
	},
	pause: {
		classes: 'lucide lucide-pause lucide-icon',
		children:
			'<rect x="14" y="3" width="5" height="18" rx="1"></rect><rect x="5" y="3" width="5" height="18" rx="1"></rect>'
	},
	play: {
		classes: 'lucide lucide-play lucide-icon',
		children:
			'<path d="M5 5a2 2 0 0 1 3.008-1.728l11.997 6.998a2 2 0 0 1 .003 3.458l-12 7A2 2 0 0 1 5 19z"></path>'
	},
	stop: {
		classes: 'lucide lucide-circle-stop lucide-stop-circle lucide-icon',
		children:
			'<circle cx="12" cy="12" r="10"></circle><rect x="9" y="9" width="6" height="6" rx="1"></rect>'
	},
	wallet: {
		classes: 'lucide lucide-wallet lucide-icon',
		children:
			'<path d="M19 7V4a1 1 0 0 0-1-1H5a2 2 0 0 0 0 4h15a1 1 0 0 1 1 1v4h-3a2 2 0 0 0 0 4h3a1 1 0 0 0 1-1v-2a1 1 0 0 0-1-1"></path><path d="M3 5v14a2 2 0 0 0 2 2h15a1 1 0 0 0 1-1v-4"></path>'
	},
	funder: {
		classes: 'lucide lucide-landmark lucide-icon',
		children:
			'<path d="M10 18v-7"></path><path d="M11.119 2.205a2 2 0 0 1 1.762 0l7.84 3.846A.5.5 0 0 1 20.5 7h-17a.5.5 0 0 1-.22-.949z"></path><path d="M14 18v-7"></path><path d="M18 18v-7"></path><path d="M3 22h18"></path><path d="M6 18v-7"></path>'
	},
	provider: {
		classes: 'lucide lucide-building-complex lucide-building-2 lucide-icon',
		children:
			'<path d="M10 12h4"></path><path d="M10 8h4"></path><path d="M14 21v-3a2 2 0 0 0-4 0v3"></path><path d="M6 10H4a2 2 0 0 0-2 2v7a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V9a2 2 0 0 0-2-2h-2"></path><path d="M6 21V5a2 2 0 0 1 2-2h8a2 2 0 0 1 2 2v16"></path>'
	},
	icf: {
		classes: 'lucide lucide-clipboard-list lucide-icon',
		children:
			'<rect width="8" height="4" x="8" y="2" rx="1" ry="1"></rect><path d="M16 4h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2"></path><path d="M12 11h4"></path><path d="M12 16h4"></path><path d="M8 11h.01"></path><path d="M8 16h.01"></path>'
	},
	reflection: {
		classes: 'lucide lucide-messages-square lucide-icon',
		children:
			'<path d="M16 10a2 2 0 0 1-2 2H6.828a2 2 0 0 0-1.414.586l-2.202 2.202A.71.71 0 0 1 2 14.286V4a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2z"></path><path d="M20 9a2 2 0 0 1 2 2v10.286a.71.71 0 0 1-1.212.502l-2.202-2.202A2 2 0 0 0 17.172 19H10a2 2 0 0 1-2-2v-1"></path>'
	},
	agreement: {
		classes: 'lucide lucide-signature lucide-icon',
		children:
			'<path d="m21 17-2.156-1.868A.5.5 0 0 0 18 15.5v.5a1 1 0 0 1-1 1h-2a1 1 0 0 1-1-1c0-2.545-3.991-3.97-8.5-4a1 1 0 0 0 0 5c4.153 0 4.745-11.295 5.708-13.5a2.5 2.5 0 1 1 3.31 3.284"></path><path d="M3 21h18"></path>'
	},
	work: {
		classes: 'lucide lucide-briefcase lucide-icon',
		children:
			'<path d="M16 20V4a2 2 0 0 0-2-2h-4a2 2 0 0 0-2 2v16"></path><rect width="20" height="14" x="2" y="6" rx="2"></rect>'
	},
	trustedPerson: {
		classes: 'lucide lucide-user-check lucide-icon',
		children:
			'<path d="m16 11 2 2 4-4"></path><path d="M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2"></path><circle cx="9" cy="7" r="4"></circle>'
	},
	device: {
		classes: 'lucide lucide-monitor-smartphone lucide-icon',
		children:
			'<path d="M18 8V6a2 2 0 0 0-2-2H4a2 2 0 0 0-2 2v7a2 2 0 0 0 2 2h8"></path><path d="M10 19v-3.96 3.15"></path><path d="M7 19h5"></path><rect width="6" height="10" x="16" y="12" rx="2"></rect>'
	},
	passkey: {
		classes: 'lucide lucide-key-round lucide-icon',
		children:
			'<path d="M2.586 17.414A2 2 0 0 0 2 18.828V21a1 1 0 0 0 1 1h3a1 1 0 0 0 1-1v-1a1 1 0 0 1 1-1h1a1 1 0 0 0 1-1v-1a1 1 0 0 1 1-1h.172a2 2 0 0 0 1.414-.586l.814-.814a6.5 6.5 0 1 0-4-4z"></path><circle cx="16.5" cy="7.5" r=".5" fill="currentColor"></circle>'
	},
	menu: {
		classes: 'lucide lucide-menu lucide-icon',
		children: '<path d="M4 5h16"></path><path d="M4 12h16"></path><path d="M4 19h16"></path>'
	},
	print: {
		classes: 'lucide lucide-printer lucide-icon',
		children:
			'<path d="M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2"></path><path d="M6 9V3a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v6"></path><rect x="6" y="14" width="12" height="8" rx="1"></rect>'
	}
} as const;
