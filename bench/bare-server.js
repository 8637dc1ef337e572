// The machine's floor for `npm run bench:load`: node:http answering a small page, nothing else.
import { createServer } from 'node:http';

const body = '<!doctype html><title>ok</title><p>ok</p>';
createServer((_request, response) => {
	response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
	response.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1');
