package page

import (
	"bytes"
	"fmt"
	"io"

	"github.com/verdictnlp/verdict/extract"
)

// ReadAll reads r to its end, but stops as soon as it has read more than limit bytes
// and returns an error wrapping extract.ErrTooLarge, so that an input of any length
// over the limit costs at most limit bytes of memory and the time to read them. A
// client reading standard input or a request body calls it instead of io.ReadAll.
func ReadAll(r io.Reader, limit int) ([]byte, error) {
	if limit <= 0 {
		limit = extract.DefaultMaxInputSize
	}
	var buf bytes.Buffer
	n, err := buf.ReadFrom(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, err
	}
	if n > int64(limit) {
		return nil, fmt.Errorf("page: input over the limit of %d bytes: %w", limit, extract.ErrTooLarge)
	}
	return buf.Bytes(), nil
}
