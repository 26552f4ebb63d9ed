'use strict';
// Result files: real bytes, streamed, any size. MP4s start with a valid ISO-BMFF header.

const CHUNK = 64 * 1024;

function box(type, payload) {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(8 + payload.length, 0);
	head.write(type, 4, 'latin1');
	return Buffer.concat([head, payload]);
}

/** ftyp + moov(mvhd) header; the mdat box that follows carries the rest of the size. */
function mp4Header(durationSeconds = 5) {
	const ftyp = box('ftyp', Buffer.concat([Buffer.from('isom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2avc1mp41')]));
	const mvhd = Buffer.alloc(100);
	mvhd.writeUInt32BE(1000, 12); // timescale
	mvhd.writeUInt32BE(durationSeconds * 1000, 16); // duration
	mvhd.writeUInt32BE(0x00010000, 20); // rate 1.0
	mvhd.writeUInt16BE(0x0100, 24); // volume 1.0
	for (const [i, v] of [[36, 0x00010000], [52, 0x00010000], [68, 0x40000000]]) mvhd.writeUInt32BE(v, i);
	mvhd.writeUInt32BE(2, 96); // next track id
	return Buffer.concat([ftyp, box('moov', box('mvhd', mvhd))]);
}

const PNG_1X1 = Buffer.from(
	'89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360f8cf0000030101001818dd8d0000000049454e44ae426082',
	'hex',
);

const MIME = { mp4: 'video/mp4', png: 'image/png', mp3: 'audio/mpeg', jpg: 'image/jpeg', zip: 'application/zip' };

/** Streams a file of `size` bytes to `res` without holding it in memory. */
function streamFile(res, ext, size) {
	const mime = MIME[ext] || 'application/octet-stream';
	let head;
	if (ext === 'mp4') {
		const header = mp4Header();
		const mdatSize = Math.max(8, size - header.length);
		const mdatHead = Buffer.alloc(8);
		mdatHead.writeUInt32BE(mdatSize > 0xffffffff ? 1 : mdatSize, 0);
		mdatHead.write('mdat', 4, 'latin1');
		head = Buffer.concat([header, mdatHead]);
	} else if (ext === 'png') {
		head = PNG_1X1;
	} else if (ext === 'mp3') {
		head = Buffer.from('ID3\u0003\u0000\u0000\u0000\u0000\u0000\u0000', 'latin1');
	} else {
		head = Buffer.alloc(0);
	}
	const total = Math.max(size, head.length);
	res.writeHead(200, { 'content-type': mime, 'content-length': total });
	let sent = 0;
	const filler = Buffer.alloc(CHUNK, 0x2e);
	const pump = () => {
		while (sent < total) {
			let chunk;
			if (sent < head.length) chunk = head.slice(sent, Math.min(head.length, sent + CHUNK));
			else chunk = filler.slice(0, Math.min(CHUNK, total - sent));
			sent += chunk.length;
			if (!res.write(chunk)) {
				res.once('drain', pump);
				return;
			}
		}
		res.end();
	};
	pump();
}

module.exports = { streamFile, mp4Header, PNG_1X1 };
