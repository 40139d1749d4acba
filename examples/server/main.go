// Command server is an HTTP service around the extractor.
//
// Usage:
//
//	go run ./examples/server [-addr 127.0.0.1:8080] [-max BYTES] [-mem BYTES]
//
//	curl -H 'Content-Type: text/plain' --data-binary @testdata/corpus/000_267091c07c1a288e.txt \
//		'http://127.0.0.1:8080/extract?date=2024-03-05'
//	curl --data-urlencode text@article.txt 'http://127.0.0.1:8080/extract'
//
// It listens on the loopback interface unless -addr says otherwise (-addr :8080 for
// every interface).
//
// POST /extract takes the article as the body and answers with its Report as JSON:
//
//   - text/* (text/plain, text/markdown, ...) or no Content-Type: the body is the
//     article; text/html (or application/xhtml+xml) is a web page, whose article text
//     is taken out first;
//   - application/x-www-form-urlencoded: the form's "text" field is the article, or
//     its "html" field a page; a "date" field works as the query parameter does.
//
// The body is decoded by the Content-Type's charset parameter (charset=iso-8859-1),
// else a byte-order mark, a page's <meta charset>, or the shape of its bytes. When the
// spans index a text other than the body's bytes (a page's article text, or a body
// converted from another encoding) the answer carries that text in "text" and the
// body's "charset". A page whose text gives no publication date gets the one its
// metadata gives (article:published_time, JSON-LD datePublished, <time datetime>) as
// "metadata_date", which has no span. The optional query parameter date=YYYY-MM-DD sets the reference
// date for relative dates ("last month") in texts that give no publication date.
//
// Errors are RFC 9457 problem details (application/problem+json) with "type",
// "title", "status" and "detail": a body over -max bytes (default 8 MiB) gets 413,
// refused from its Content-Length or as soon as that many bytes have been read; a bad
// date or form 400; a body that is not text (binary, extract.ErrBinary), or a page
// with no article text or nested too deep to read 422; another media type 415;
// another method 405; another path 404; a server with every extraction slot busy
// for 10 s 503, with Retry-After.
//
// GET /schema answers the JSON Schema of a Report; GET /healthz answers {"status":"ok"}.
//
// At most -slots requests are read and extracted at once. By default that is as many
// as -mem (the memory the server may use: the GOMEMLIMIT, else 1 GiB) holds at
// extractionCost bytes per byte of a -max body, at least 1 and at most 4 per CPU. A
// body is read only once its request holds a slot, so the slots bound the memory of
// bodies too. A request whose client goes away stops waiting for a slot, and its
// extraction stops early.
// SIGINT or SIGTERM shuts the server down gracefully, letting requests in flight
// finish for up to ten seconds.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"math"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := run(ctx, os.Args[1:])
	switch {
	case errors.Is(err, flag.ErrHelp):
	case errors.Is(err, errUsage):
		os.Exit(2) // the flag package has said what is wrong
	case err != nil:
		fmt.Fprintln(os.Stderr, "server:", err)
		os.Exit(1)
	}
}

var errUsage = errors.New("usage")

// extractionCost is the memory, in bytes per byte of input, that one extraction is
// taken to need at its peak (the text model, tokens and the report), for sizing the
// number of extractions that may run at once.
const extractionCost = 32

// config is the server's settings.
type config struct {
	maxBody int64         // largest request body in bytes
	slots   int           // extractions at once
	wait    time.Duration // longest wait for a slot before 503
}

// defaultSlots is how many extractions of bodies up to maxBody fit in mem bytes.
func defaultSlots(maxBody, mem int64) int {
	n := mem / max(1, maxBody*extractionCost)
	return int(min(max(n, 1), int64(4*runtime.NumCPU())))
}

// memory is the memory the server may use: the GOMEMLIMIT when one is set, else 1 GiB.
func memory() int64 {
	if l := debug.SetMemoryLimit(-1); l != math.MaxInt64 {
		return l
	}
	return 1 << 30
}

// run serves until ctx is cancelled, then shuts down gracefully.
func run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "`address` to listen on (\":8080\" for every interface)")
	maxBody := fs.Int64("max", 8<<20, "largest request body in `bytes`")
	mem := fs.Int64("mem", memory(), "memory in `bytes` the extractions may use, which sets -slots")
	slots := fs.Int("slots", 0, "extractions at once (0: as many as -mem holds)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	cfg := config{maxBody: *maxBody, slots: *slots, wait: 10 * time.Second}
	if cfg.slots <= 0 {
		cfg.slots = defaultSlots(*maxBody, *mem)
	}
	h, err := newHandler(cfg)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Addr:              *addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	log.Printf("listening on %s, %d extractions at once", *addr, cfg.slots)
	select {
	case err := <-errc:
		return err // the listener failed, e.g. the address is in use
	case <-ctx.Done():
	}
	log.Print("shutting down")
	shutCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}
