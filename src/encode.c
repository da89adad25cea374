/*
 * encode: audio files through libsndfile (and their ID3 tags and Ogg
 * serial numbers), and reading them back.
 */
#include "encode.h"

#include <dlfcn.h>
#include <errno.h>
#include <sndfile.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xxhash.h>

#include "afile.h"
#include "err.h"
#include "fs.h"
#include "strbuf.h"
#include "xalloc.h"

/*
 * libopus 1.3 as Debian builds it (with custom modes) looks its CELT mode
 * up again whenever libsndfile's multistream encoder or decoder asks a
 * size, several times a packet: opus_custom_mode_create, and in it
 * opus_select_arch with two CPUID instructions of 7-8 us each on a
 * virtual machine, more than the packet's encoding.  The mode of 48 kHz
 * and 960 samples is one of libopus's static tables, never freed: this
 * definition, exported from the program (see the Makefile), takes the
 * library's calls, asks the library once and gives its answer after.
 * Other modes pass through.  AUDIOGUIDE_OPUS_MODE_CACHE=0 turns it off,
 * for the benchmark and the test that compares the files' bytes.
 */
struct OpusCustomMode;
struct OpusCustomMode *opus_custom_mode_create(int32_t fs, int frame_size,
					       int *error);

struct OpusCustomMode *opus_custom_mode_create(int32_t fs, int frame_size,
					       int *error)
{
	typedef struct OpusCustomMode *(*create_fn)(int32_t, int, int *);
	static create_fn real;
	static struct OpusCustomMode *mode;
	static int off = -1;

	if (!real) {
		*(void **)&real = dlsym(RTLD_NEXT, "opus_custom_mode_create");
		if (!real) {
			if (error)
				*error = -1;	/* OPUS_BAD_ARG */
			return NULL;
		}
	}
	if (off < 0) {
		const char *v = getenv("AUDIOGUIDE_OPUS_MODE_CACHE");
		off = v && !strcmp(v, "0");
	}
	if (off || fs != 48000 || frame_size != 960)
		return real(fs, frame_size, error);
	if (!mode)
		return mode = real(fs, frame_size, error);
	if (error)
		*error = 0;	/* OPUS_OK */
	return mode;
}

struct encoder {
	SNDFILE *sf;
	FILE *fp;		/* the temporary file, through buf */
	char *buf;
	char *path;
	char *tmp;
	off_t base;		/* where libsndfile's file starts: after an
				 * MP3's ID3v2.4 tag */
	int ogg;		/* Ogg Opus or Vorbis */
	enum enc_format fmt;
	encode_sink tap;	/* G.711: hears each sample as decoded */
	void *tap_user;
};

static int sf_format(enum enc_format fmt)
{
	switch (fmt) {
	case ENC_WAV16: return SF_FORMAT_WAV | SF_FORMAT_PCM_16;
	case ENC_FLAC16: return SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
	case ENC_MP3: return SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
	case ENC_OPUS: return SF_FORMAT_OGG | SF_FORMAT_OPUS;
	case ENC_VORBIS: return SF_FORMAT_OGG | SF_FORMAT_VORBIS;
	case ENC_RAW_ULAW: return SF_FORMAT_RAW | SF_FORMAT_ULAW;
	case ENC_RAW_ALAW: return SF_FORMAT_RAW | SF_FORMAT_ALAW;
	case ENC_RAW_GSM: return SF_FORMAT_RAW | SF_FORMAT_GSM610;
	case ENC_RAW_S16LE:
		return SF_FORMAT_RAW | SF_FORMAT_PCM_16 | SF_ENDIAN_LITTLE;
	}
	return 0;
}

static void put_syncsafe(unsigned char *p, size_t n)
{
	p[0] = (n >> 21) & 0x7f;
	p[1] = (n >> 14) & 0x7f;
	p[2] = (n >> 7) & 0x7f;
	p[3] = n & 0x7f;
}

static void id3_frame(struct strbuf *sb, const char *id, const char *prefix,
		      size_t prefix_len, const char *text)
{
	unsigned char hdr[10];
	size_t n = 1 + prefix_len + strlen(text);

	memcpy(hdr, id, 4);
	put_syncsafe(hdr + 4, n);
	hdr[8] = hdr[9] = 0;
	strbuf_add(sb, hdr, sizeof(hdr));
	strbuf_addch(sb, 3);	/* text encoding: UTF-8 */
	strbuf_add(sb, prefix, prefix_len);
	strbuf_addstr(sb, text);
}

/*
 * libsndfile hands MP3 tags to LAME as ISO-8859-1, which garbles every
 * non-Latin title; an ID3v2.4 tag in UTF-8 carries them as written.
 */
static char *id3_tag(const struct enc_tags *t, size_t *len)
{
	struct strbuf sb = STRBUF_INIT;
	unsigned char hdr[10] = { 'I', 'D', '3', 4, 0, 0 };
	/* COMM: language "und", empty description. */
	static const char comm_prefix[] = { 'u', 'n', 'd', 0 };

	strbuf_add(&sb, hdr, sizeof(hdr));
	if (t->title)
		id3_frame(&sb, "TIT2", NULL, 0, t->title);
	if (t->album)
		id3_frame(&sb, "TALB", NULL, 0, t->album);
	if (t->artist)
		id3_frame(&sb, "TPE1", NULL, 0, t->artist);
	if (t->track)
		id3_frame(&sb, "TRCK", NULL, 0, t->track);
	if (t->comment)
		id3_frame(&sb, "COMM", comm_prefix, sizeof(comm_prefix),
			  t->comment);
	if (t->software)
		id3_frame(&sb, "TSSE", NULL, 0, t->software);
	put_syncsafe((unsigned char *)sb.buf + 6, sb.len - 10);
	*len = sb.len;
	return strbuf_detach(&sb);
}

static int set_tags(struct encoder *enc, const struct enc_tags *t,
		    struct err *e)
{
	static const int ids[] = { SF_STR_TITLE, SF_STR_ALBUM, SF_STR_ARTIST,
				   SF_STR_TRACKNUMBER, SF_STR_COMMENT,
				   SF_STR_SOFTWARE };
	const char *vals[] = { t->title, t->album, t->artist, t->track,
			       t->comment, t->software };
	size_t i;

	for (i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
		if (!vals[i] || sf_set_string(enc->sf, ids[i], vals[i]) == 0)
			continue;
		return err_at(e, enc->path, 0, "cannot set tag: %s",
			      sf_strerror(enc->sf));
	}
	return 0;
}

/*
 * Writing goes through a stdio buffer of WRITE_BUF bytes: libsndfile
 * writes an MP3 frame or a block at a time, hundreds of system calls for
 * a minute of speech, and memory stays bounded whatever the length.
 * (glibc takes setvbuf's size only with a buffer given: without one it
 * writes 4 kB at a time.)
 *
 * libsndfile sees the file from enc->base on: an MP3's tag is written
 * first, and the LAME header libsndfile writes last, at what it takes
 * for the file's start, lands after it.
 */
#define WRITE_BUF (64u << 10)

static sf_count_t file_len(void *user)
{
	struct encoder *enc = user;
	off_t here = ftello(enc->fp), end;

	if (here < 0 || fseeko(enc->fp, 0, SEEK_END))
		return -1;
	end = ftello(enc->fp);
	return fseeko(enc->fp, here, SEEK_SET) ? -1
	       : (sf_count_t)(end - enc->base);
}

static sf_count_t file_seek(sf_count_t off, int whence, void *user)
{
	struct encoder *enc = user;

	if (whence == SEEK_SET)
		off += enc->base;
	return fseeko(enc->fp, (off_t)off, whence) ? -1
	       : (sf_count_t)(ftello(enc->fp) - enc->base);
}

static sf_count_t file_read(void *p, sf_count_t n, void *user)
{
	return (sf_count_t)fread(p, 1, (size_t)n, ((struct encoder *)user)->fp);
}

static int tap_bytes(struct encoder *enc, const unsigned char *p, size_t n);

static sf_count_t file_write(const void *p, sf_count_t n, void *user)
{
	struct encoder *enc = user;

	if (enc->tap && tap_bytes(enc, p, (size_t)n))
		return 0;
	return (sf_count_t)fwrite(p, 1, (size_t)n, enc->fp);
}

static sf_count_t file_tell(void *user)
{
	struct encoder *enc = user;

	return (sf_count_t)(ftello(enc->fp) - enc->base);
}

int encode_open(struct encoder **out, const char *path, enum enc_format fmt,
		int rate, const struct enc_tags *tags, struct err *e)
{
	static SF_VIRTUAL_IO vio = { file_len, file_seek, file_read,
				     file_write, file_tell };
	struct encoder *enc = xcalloc(1, sizeof(*enc));
	SF_INFO info = { 0 };

	info.samplerate = rate;
	info.channels = 1;
	info.format = sf_format(fmt);
	enc->path = xstrdup(path);
	enc->tmp = afile_tmpname(path);
	enc->fp = fopen(enc->tmp, "w+b");
	if (!enc->fp) {
		int ret = err_at(e, path, 0, "cannot write: %s",
				 strerror(errno));
		encode_abort(enc);
		return ret;
	}
	enc->buf = xmalloc(WRITE_BUF);
	setvbuf(enc->fp, enc->buf, _IOFBF, WRITE_BUF);
	enc->fmt = fmt;
	if (fmt == ENC_MP3) {
		size_t len;
		char *id3 = id3_tag(tags, &len);
		if (fwrite(id3, 1, len, enc->fp) != len) {
			int ret = err_at(e, path, 0, "write error: %s",
					 strerror(errno));
			free(id3);
			encode_abort(enc);
			return ret;
		}
		free(id3);
		enc->base = (off_t)len;
	}
	enc->sf = sf_open_virtual(&vio, SFM_WRITE, &info, enc);
	if (!enc->sf) {
		int ret = err_at(e, path, 0, "cannot write: %s",
				 sf_strerror(NULL));
		encode_abort(enc);
		return ret;
	}
	enc->ogg = fmt == ENC_OPUS || fmt == ENC_VORBIS;
	if (fmt != ENC_MP3 && fmt < ENC_RAW_ULAW && set_tags(enc, tags, e)) {
		encode_abort(enc);
		return -1;
	}
	*out = enc;
	return 0;
}

int encode_write(struct encoder *enc, const float *pcm, size_t n,
		 struct err *e)
{
	if (sf_write_float(enc->sf, pcm, (sf_count_t)n) != (sf_count_t)n)
		return err_at(e, enc->path, 0, "write error: %s",
			      sf_strerror(enc->sf));
	return 0;
}

/* An Ogg page (RFC 3533): a 27-byte header, segment table, body. */
struct ogg_page {
	unsigned char h[27 + 255];
	size_t hlen, blen;
	unsigned char body[255 * 255];
};

/* Read the page at the file's position: 1 if read, 0 at the end, -1. */
static int ogg_read_page(FILE *fp, struct ogg_page *pg)
{
	size_t i, n = fread(pg->h, 1, 27, fp);

	if (n == 0 && feof(fp))
		return 0;
	if (n != 27 || memcmp(pg->h, "OggS", 4) ||
	    fread(pg->h + 27, 1, pg->h[26], fp) != pg->h[26])
		return -1;
	pg->hlen = 27 + (size_t)pg->h[26];
	for (pg->blen = 0, i = 27; i < pg->hlen; i++)
		pg->blen += pg->h[i];
	return fread(pg->body, 1, pg->blen, fp) == pg->blen ? 1 : -1;
}

static uint32_t ogg_crc(uint32_t crc, const unsigned char *p, size_t n)
{
	static uint32_t table[256];
	size_t i;

	if (!table[1])
		for (i = 0; i < 256; i++) {
			uint32_t r = (uint32_t)i << 24;
			int k;
			for (k = 0; k < 8; k++)
				r = r & 0x80000000u ? (r << 1) ^ 0x04c11db7u : r << 1;
			table[i] = r;
		}
	for (i = 0; i < n; i++)
		crc = (crc << 8) ^ table[((crc >> 24) ^ p[i]) & 0xff];
	return crc;
}

static void put_le32(unsigned char *p, uint32_t v)
{
	p[0] = v & 0xff;
	p[1] = v >> 8 & 0xff;
	p[2] = v >> 16 & 0xff;
	p[3] = v >> 24;
}

/*
 * libsndfile draws an Ogg stream's serial number at random, so two
 * encodings of the same audio would differ.  Give the stream a serial
 * number made from its own pages' bodies instead (files of different
 * audio still differ, which chained playback needs), and each page the
 * checksum that goes with it.
 */
static int ogg_fix_serial(struct encoder *enc, struct err *e)
{
	FILE *fp = fopen(enc->tmp, "r+b");
	struct ogg_page *pg = xmalloc(sizeof(*pg));
	XXH64_hash_t h = 0;
	long off;
	int r = -1, pass;

	for (pass = 0; fp && pass < 2; pass++) {
		rewind(fp);
		off = 0;
		while ((r = ogg_read_page(fp, pg)) > 0) {
			if (!pass) {
				h = XXH64(pg->body, pg->blen, h);
				continue;
			}
			put_le32(pg->h + 14, (uint32_t)h);
			put_le32(pg->h + 22, 0);
			put_le32(pg->h + 22, ogg_crc(ogg_crc(0, pg->h, pg->hlen),
						     pg->body, pg->blen));
			if (fseek(fp, off, SEEK_SET) ||
			    fwrite(pg->h, 1, pg->hlen, fp) != pg->hlen ||
			    fseek(fp, (long)pg->blen, SEEK_CUR)) {
				r = -1;
				break;
			}
			off += (long)(pg->hlen + pg->blen);
		}
		if (r < 0)
			break;
	}
	free(pg);
	if (!fp || fclose(fp) || r < 0)
		return err_at(e, enc->path, 0, "cannot finish the Ogg stream: %s",
			      fp && !r ? strerror(errno) : "not Ogg pages");
	return 0;
}

int encode_close(struct encoder *enc, struct err *e)
{
	int ret = 0;

	if (sf_close(enc->sf))
		ret = err_at(e, enc->path, 0, "cannot finish: %s",
			     sf_strerror(NULL));
	enc->sf = NULL;
	if (fclose(enc->fp) && !ret)	/* the buffer's last bytes */
		ret = err_at(e, enc->path, 0, "write error: %s",
			     strerror(errno));
	enc->fp = NULL;
	if (!ret && enc->ogg)
		ret = ogg_fix_serial(enc, e);
	if (!ret)
		ret = afile_rename(enc->tmp, enc->path, e);
	encode_abort(enc);
	return ret;
}

void encode_abort(struct encoder *enc)
{
	if (!enc)
		return;
	if (enc->sf)
		sf_close(enc->sf);
	if (enc->fp)
		fclose(enc->fp);
	unlink(enc->tmp);
	free(enc->tmp);
	free(enc->path);
	free(enc->buf);
	free(enc);
}

/*
 * Reading back goes through memory: libsndfile's MP3 reader asks for a
 * few bytes at a time, a thousand system calls for a minute of speech.
 */
struct membuf {
	struct strbuf sb;
	sf_count_t pos;
};

static sf_count_t mem_len(void *user)
{
	return (sf_count_t)((struct membuf *)user)->sb.len;
}

static sf_count_t mem_seek(sf_count_t off, int whence, void *user)
{
	struct membuf *m = user;
	sf_count_t base = whence == SEEK_SET ? 0
			  : whence == SEEK_CUR ? m->pos : (sf_count_t)m->sb.len;

	if (base + off < 0 || base + off > (sf_count_t)m->sb.len)
		return -1;
	m->pos = base + off;
	return m->pos;
}

static sf_count_t mem_read(void *ptr, sf_count_t n, void *user)
{
	struct membuf *m = user;

	if (n > (sf_count_t)m->sb.len - m->pos)
		n = (sf_count_t)m->sb.len - m->pos;
	memcpy(ptr, m->sb.buf + m->pos, (size_t)n);
	m->pos += n;
	return n;
}

static sf_count_t mem_write(const void *ptr, sf_count_t n, void *user)
{
	(void)ptr, (void)n, (void)user;
	return 0;
}

static sf_count_t mem_tell(void *user)
{
	return ((struct membuf *)user)->pos;
}

/*
 * libsndfile 1.2.0 reads uninitialised memory (valgrind: strlen) while
 * parsing an MP3's ID3 tag, its own tags included; measuring needs only
 * the audio, so the tag is dropped before decoding.
 */
static void skip_id3(struct strbuf *sb)
{
	const unsigned char *p = (const unsigned char *)sb->buf;
	size_t n;

	if (sb->len < 10 || memcmp(p, "ID3", 3))
		return;
	n = 10 + ((size_t)(p[6] & 0x7f) << 21 | (size_t)(p[7] & 0x7f) << 14 |
		  (size_t)(p[8] & 0x7f) << 7 | (size_t)(p[9] & 0x7f));
	if (p[5] & 0x10)
		n += 10;	/* a footer */
	if (n > sb->len)
		return;
	memmove(sb->buf, sb->buf + n, sb->len - n);
	sb->len -= n;
}

/* Files up to this size are decoded from memory. */
#define READ_IN_MEMORY (4u << 20)

int encode_read(const char *path, enum enc_format fmt, int rate,
		encode_sink sink, void *user, struct err *e)
{
	static SF_VIRTUAL_IO vio = { mem_len, mem_seek, mem_read, mem_write,
				     mem_tell };
	struct membuf m = { STRBUF_INIT, 0 };
	struct err ignored;
	SF_INFO info = { 0 };
	SNDFILE *sf;
	float buf[4096];
	sf_count_t n;
	int ret = 0;

	if (fmt >= ENC_RAW_ULAW) {
		info.samplerate = rate;
		info.channels = 1;
		info.format = sf_format(fmt);
	}
	if (!fs_read_file(path, &m.sb, READ_IN_MEMORY, &ignored)) {
		skip_id3(&m.sb);
		sf = sf_open_virtual(&vio, SFM_READ, &info, &m);
	}
	else
		sf = sf_open(path, SFM_READ, &info);
	if (!sf) {
		strbuf_release(&m.sb);
		return err_at(e, path, 0, "cannot read back: %s",
			      sf_strerror(NULL));
	}
	while (!ret && (n = sf_read_float(sf, buf, 4096 / info.channels *
					  info.channels)) > 0)
		ret = sink(user, buf, (size_t)n);
	if (sf_error(sf) && !ret)
		ret = err_at(e, path, 0, "cannot decode: %s", sf_strerror(sf));
	sf_close(sf);
	strbuf_release(&m.sb);
	return ret;
}

/*
 * A G.711 file is its samples, a byte each: what a decoder reads from it
 * is each byte through the format's table.  The table is libsndfile's
 * own, read once by decoding the 256 bytes, so a tap hears exactly what
 * encode_read would give, without writing, reading and decoding again.
 */
static const float *g711_table(enum enc_format fmt)
{
	static float tab[2][256];
	static int have[2];
	static SF_VIRTUAL_IO vio = { mem_len, mem_seek, mem_read, mem_write,
				     mem_tell };
	int k = fmt == ENC_RAW_ALAW;
	struct membuf m = { STRBUF_INIT, 0 };
	SF_INFO info = { 8000, 0, 1, 0, 0, 0 };
	SNDFILE *sf;
	int i;

	if (have[k])
		return tab[k];
	for (i = 0; i < 256; i++)
		strbuf_addch(&m.sb, (char)i);
	info.format = sf_format(fmt);
	sf = sf_open_virtual(&vio, SFM_READ, &info, &m);
	if (sf && sf_read_float(sf, tab[k], 256) == 256)
		have[k] = 1;
	if (sf)
		sf_close(sf);
	strbuf_release(&m.sb);
	return have[k] ? tab[k] : NULL;
}

static int tap_bytes(struct encoder *enc, const unsigned char *p, size_t n)
{
	const float *tab = g711_table(enc->fmt);
	float buf[1024];
	size_t i, k;

	if (!tab)
		return -1;
	while (n) {
		k = n < 1024 ? n : 1024;
		for (i = 0; i < k; i++)
			buf[i] = tab[p[i]];
		if (enc->tap(enc->tap_user, buf, k))
			return -1;
		p += k;
		n -= k;
	}
	return 0;
}

int encode_can_tap(enum enc_format fmt)
{
	return (fmt == ENC_RAW_ULAW || fmt == ENC_RAW_ALAW) && g711_table(fmt);
}

int encode_tap(struct encoder *enc, encode_sink sink, void *user)
{
	if (!encode_can_tap(enc->fmt))
		return -1;
	enc->tap = sink;
	enc->tap_user = user;
	return 0;
}

const char *encode_version(void)
{
	return sf_version_string();
}
