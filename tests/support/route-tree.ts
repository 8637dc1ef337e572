import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/**
 * What src/routes offers, read from the files themselves: every page (a +page.svelte or a
 * +page.server.ts, whose load may only redirect), every endpoint method of a +server.ts, and
 * the name of every form action a +page.server.ts exports. The access matrix is checked
 * against this, so a new route or action cannot be left out of it.
 */
export interface RouteTree {
	/** Route ids of pages, e.g. "/(participant)/goals". */
	pages: string[];
	/** Route ids and methods of endpoints, e.g. "/healthz" and "GET". */
	endpoints: { route: string; method: string }[];
	/** Route ids and action names, "default" included. */
	actions: { route: string; action: string }[];
}

const pageFiles = ['+page.svelte', '+page.server.ts', '+page.ts'];
const endpointMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'fallback'];

export function readRouteTree(root = join(process.cwd(), 'src', 'routes')): RouteTree {
	const tree: RouteTree = { pages: [], endpoints: [], actions: [] };
	const visit = (folder: string) => {
		const entries = readdirSync(folder, { withFileTypes: true });
		const names = entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
		const route = '/' + relative(root, folder).split(sep).join('/');
		const id = route === '/' ? '/' : route.replace(/\/$/, '');
		if (names.some((name) => pageFiles.includes(name))) tree.pages.push(id);
		if (names.includes('+page.server.ts')) {
			for (const action of actionNames(join(folder, '+page.server.ts')))
				tree.actions.push({ route: id, action });
		}
		if (names.includes('+server.ts')) {
			const exported = exportedNames(parse(join(folder, '+server.ts')));
			for (const method of endpointMethods.filter((name) => exported.has(name)))
				tree.endpoints.push({ route: id, method });
		}
		for (const entry of entries) if (entry.isDirectory()) visit(join(folder, entry.name));
	};
	visit(root);
	return tree;
}

function parse(path: string): ts.SourceFile {
	return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** The names a module exports, with the expression each is set to where there is one. */
function exportedNames(source: ts.SourceFile): Map<string, ts.Expression | undefined> {
	const names = new Map<string, ts.Expression | undefined>();
	const isExported = (node: ts.Node) =>
		ts.canHaveModifiers(node) &&
		(ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
	for (const statement of source.statements) {
		if (ts.isVariableStatement(statement) && isExported(statement)) {
			for (const declaration of statement.declarationList.declarations) {
				if (ts.isIdentifier(declaration.name))
					names.set(declaration.name.text, declaration.initializer);
			}
		} else if (ts.isFunctionDeclaration(statement) && isExported(statement) && statement.name) {
			names.set(statement.name.text, undefined);
		} else if (
			ts.isExportDeclaration(statement) &&
			statement.exportClause &&
			ts.isNamedExports(statement.exportClause)
		) {
			for (const element of statement.exportClause.elements)
				names.set(element.name.text, undefined);
		}
	}
	return names;
}

/** The keys of `export const actions = { … }`; a form the reader cannot follow fails loudly. */
function actionNames(path: string): string[] {
	const exported = exportedNames(parse(path));
	if (!exported.has('actions')) return [];
	let value = exported.get('actions');
	while (
		value &&
		(ts.isSatisfiesExpression(value) ||
			ts.isAsExpression(value) ||
			ts.isParenthesizedExpression(value))
	) {
		value = value.expression;
	}
	if (!value || !ts.isObjectLiteralExpression(value)) {
		throw new Error(
			`${path}: write the actions as an object literal, so the access matrix can read their names`
		);
	}
	return value.properties.map((property) => {
		if (
			ts.isSpreadAssignment(property) ||
			!property.name ||
			!(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
		) {
			throw new Error(`${path}: an action the access matrix cannot name`);
		}
		return property.name.text;
	});
}

/** A real address for a route id: groups dropped, parameters filled in. */
export function pathOf(route: string, params: Record<string, string>): string {
	const path = route
		.split('/')
		.filter((segment) => !/^\(.+\)$/.test(segment))
		.map((segment) => {
			const name = /^\[(.+)\]$/.exec(segment)?.[1];
			if (!name) return segment;
			const value = params[name];
			if (!value) throw new Error(`No value for [${name}] in ${route}`);
			return encodeURIComponent(value);
		})
		.join('/');
	return path === '' ? '/' : path;
}
