// Package endless gives tests a reader of any length that costs no memory: the inputs
// that check a size limit holds while reading (2 GB on standard input or in a request
// body) without making them.
package endless

import (
	"io"
	"strings"
)

// filler is the text a Reader repeats, copied rather than written a byte at a time so
// that reading stays fast under the race detector.
var filler = []byte(strings.Repeat("Ofsted rated it good. ", 1000))

// Reader gives N more bytes of text, made as they are read.
type Reader struct{ N int64 }

func (e *Reader) Read(p []byte) (int, error) {
	if e.N <= 0 {
		return 0, io.EOF
	}
	p = p[:min(int64(len(p)), e.N)]
	for i := 0; i < len(p); i += copy(p[i:], filler) {
	}
	e.N -= int64(len(p))
	return len(p), nil
}
