/** PixVerse wire shapes (`{ErrCode, ErrMsg, Resp}` envelope). Ids are strings: they exceed 2^53. */

export interface PixVerseEnvelope {
	ErrCode: number;
	ErrMsg?: string;
	Resp?: unknown;
}

export interface PixVerseVideoResp {
	id?: string | number;
	status?: number;
	url?: string;
	outputWidth?: number;
	outputHeight?: number;
	resolution_ratio?: number;
	seed?: number;
	has_audio?: boolean;
	credits?: number;
	prompt?: string;
}

export type PixVerseModel = 'v3.5' | 'v4' | 'v4.5' | 'v5' | 'v5.5' | 'v5.6' | 'v6' | 'c1';
export type PixVerseQuality = '360p' | '540p' | '720p' | '1080p';
