package page

import (
	"fmt"
	"io"

	"github.com/verdictnlp/verdict/extract"
)

// Chunk sizes of ReadAll: the first chunk is small, so that a short input costs
// little, and each next one twice the last, up to maxChunk.
const (
	firstChunk = 64 << 10
	maxChunk   = 4 << 20
)

// ReadAll reads r to its end, but stops as soon as it has read more than limit bytes
// and returns an error wrapping extract.ErrTooLarge, so that an input of any length
// over the limit costs at most limit bytes of memory and the time to read them. A
// client reading standard input or a request body calls it instead of io.ReadAll.
//
// It reads into chunks and joins them once, into a slice of exactly the input's
// length: a buffer that doubles as it grows would hold up to twice the limit while
// refusing an input and three times the input while copying itself over.
func ReadAll(r io.Reader, limit int) ([]byte, error) {
	if limit <= 0 {
		limit = extract.DefaultMaxInputSize
	}
	lr := io.LimitReader(r, int64(limit)+1)
	var chunks [][]byte
	total := 0
	for size := firstChunk; ; size = min(2*size, maxChunk) {
		c := make([]byte, min(size, limit+1-total))
		n, err := io.ReadFull(lr, c)
		total += n
		if n > 0 {
			chunks = append(chunks, c[:n])
		}
		if total > limit {
			return nil, fmt.Errorf("page: input over the limit of %d bytes: %w", limit, extract.ErrTooLarge)
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	return join(chunks, total), nil
}

// join returns the chunks as one slice of length total: the only chunk itself, or a
// copy of them all.
func join(chunks [][]byte, total int) []byte {
	switch len(chunks) {
	case 0:
		return []byte{}
	case 1:
		return chunks[0]
	}
	out := make([]byte, 0, total)
	for _, c := range chunks {
		out = append(out, c...)
	}
	return out
}
