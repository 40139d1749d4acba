// Command server is an HTTP service around the extractor.
//
// Usage:
//
//	go run ./examples/server -addr :8080 [-max BYTES]
//
//	curl -H 'Content-Type: text/plain' --data-binary @testdata/corpus/000_267091c07c1a288e.txt \
//		'http://localhost:8080/extract?date=2024-03-05'
//
// POST /extract takes the article as a text/plain body and answers with its Report as
// JSON. A text/html body is a web page: its article text is taken out first, and the
// answer carries it in a "text" field, since the Report's spans index that text; a
// page with no article text, or nested too deep to read, gets 422. The optional query parameter date=YYYY-MM-DD sets the reference date for
// relative dates ("last month") in texts that give no publication date. A body over
// -max bytes (default 8 MiB) gets 413, a bad date 400, another method 405.
// GET /healthz answers 200. SIGINT or SIGTERM shuts the server down gracefully,
// letting requests in flight finish for up to ten seconds.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"mime"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/page"
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

// run serves until ctx is cancelled, then shuts down gracefully.
func run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	addr := fs.String("addr", ":8080", "`address` to listen on")
	maxBody := fs.Int64("max", 8<<20, "largest request body in `bytes`")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	h, err := newHandler(*maxBody)
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
	log.Printf("listening on %s", *addr)
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

// newHandler returns the service's routes; bodies over maxBody bytes are refused.
func newHandler(maxBody int64) (http.Handler, error) {
	if maxBody <= 0 || maxBody > math.MaxInt {
		return nil, fmt.Errorf("invalid -max %d", maxBody)
	}
	limit := extract.WithMaxInputSize(int(maxBody))
	ex, err := extract.New(limit)
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	// The method patterns make the mux answer 405, with an Allow header, to any other.
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok\n")
	})
	mux.HandleFunc("POST /extract", func(w http.ResponseWriter, r *http.Request) {
		isHTML := false
		if ct := r.Header.Get("Content-Type"); ct != "" {
			mt, _, err := mime.ParseMediaType(ct)
			if err != nil || (mt != "text/plain" && mt != "text/html") {
				http.Error(w, "Content-Type must be text/plain or text/html", http.StatusUnsupportedMediaType)
				return
			}
			isHTML = mt == "text/html"
		}
		e := ex
		if d := r.URL.Query().Get("date"); d != "" {
			t, err := time.Parse(time.DateOnly, d)
			if err != nil {
				http.Error(w, fmt.Sprintf("date %q: want YYYY-MM-DD", d), http.StatusBadRequest)
				return
			}
			// The reference date is an Extractor option; building one is cheap.
			if e, err = extract.New(limit, extract.WithReferenceDate(t)); err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				http.Error(w, fmt.Sprintf("body over %d bytes", tooBig.Limit), http.StatusRequestEntityTooLarge)
				return
			}
			http.Error(w, "reading body: "+err.Error(), http.StatusBadRequest)
			return
		}
		article := string(body)
		if isHTML {
			if article, err = page.Text(r.Context(), body, int(maxBody)); err != nil {
				http.Error(w, err.Error(), http.StatusUnprocessableEntity)
				return
			}
		}
		rep, err := e.ExtractContext(r.Context(), article)
		switch {
		case errors.Is(err, extract.ErrTooLarge):
			http.Error(w, err.Error(), http.StatusRequestEntityTooLarge)
			return
		case err != nil: // the client went away
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
			return
		}
		var out []byte
		if isHTML {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			err = enc.Encode(struct {
				Text string `json:"text"`
				*extract.Report
			}{article, rep})
			out = buf.Bytes()
		} else {
			out, err = extract.MarshalIndent(rep)
		}
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Write(out)
	})
	return mux, nil
}
