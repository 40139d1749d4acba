package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"math"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/page"
)

// server holds what the handlers share: the default Extractor, the body limit and
// the extraction slots.
type server struct {
	cfg   config
	ex    *extract.Extractor
	slots chan struct{}
}

// newHandler returns the service's routes.
func newHandler(cfg config) (http.Handler, error) {
	if cfg.maxBody <= 0 || cfg.maxBody > math.MaxInt {
		return nil, fmt.Errorf("invalid -max %d", cfg.maxBody)
	}
	if cfg.slots <= 0 {
		return nil, fmt.Errorf("invalid -slots %d", cfg.slots)
	}
	ex, err := extract.New(extract.WithMaxInputSize(int(cfg.maxBody)))
	if err != nil {
		return nil, err
	}
	s := &server{cfg: cfg, ex: ex, slots: make(chan struct{}, cfg.slots)}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /extract", s.extract)
	mux.HandleFunc("GET /schema", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/schema+json")
		w.Write(extract.Schema)
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"status":"ok"}`+"\n")
	})
	// The method patterns above win for their methods; these answer the others, and
	// every other path, as problem details rather than the mux's plain text.
	for path, allow := range map[string]string{"/extract": "POST", "/schema": "GET, HEAD", "/healthz": "GET, HEAD"} {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", allow)
			problem(w, http.StatusMethodNotAllowed, fmt.Sprintf("%s takes %s, not %s", path, allow, r.Method))
		})
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		problem(w, http.StatusNotFound, "no such path: POST /extract, GET /schema and GET /healthz are served")
	})
	return mux, nil
}

// problem answers with an RFC 9457 problem details object.
func problem(w http.ResponseWriter, status int, detail string) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	b, _ := json.Marshal(struct {
		Type   string `json:"type"`
		Title  string `json:"title"`
		Status int    `json:"status"`
		Detail string `json:"detail"`
	}{"about:blank", http.StatusText(status), status, detail})
	w.Write(append(b, '\n'))
}

// httpError is an error with the status it answers with.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func fail(status int, format string, a ...any) error {
	return &httpError{status, fmt.Sprintf(format, a...)}
}

// request is what a POST /extract asks for: the body as text or a page, its
// Content-Type, and the reference date.
type request struct {
	body        []byte
	contentType string
	isHTML      bool
	date        string
}

func (s *server) extract(w http.ResponseWriter, r *http.Request) {
	out, err := s.answer(r)
	if err != nil {
		var he *httpError
		switch {
		case errors.As(err, &he):
			problem(w, he.status, he.msg)
		case r.Context().Err() != nil:
			log.Printf("%s %s: the client went away", r.Method, r.URL.Path)
		default:
			problem(w, http.StatusInternalServerError, err.Error())
		}
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(out)
}

// answer checks the request's headers, waits for a slot, then reads the body and
// extracts. The body is read once the slot is held, so that the slots bound the
// memory of bodies as well as of extractions.
func (s *server) answer(r *http.Request) ([]byte, error) {
	req, mt, err := s.header(r)
	if err != nil {
		return nil, err
	}
	if _, err := s.extractor(req.date); err != nil {
		return nil, err // a bad date is answered without waiting
	}
	release, err := s.acquire(r.Context())
	if err != nil {
		return nil, err
	}
	defer release()
	if req, err = s.read(r, req, mt); err != nil {
		return nil, err
	}
	ex, err := s.extractor(req.date)
	if err != nil {
		return nil, err
	}
	return s.report(r.Context(), ex, req)
}

// header reads what the request's URL and headers say: the reference date, the media
// type, and a Content-Length over the limit.
func (s *server) header(r *http.Request) (request, string, error) {
	req := request{date: r.URL.Query().Get("date")}
	mt := "text/plain"
	if ct := r.Header.Get("Content-Type"); ct != "" {
		var err error
		if mt, _, err = mime.ParseMediaType(ct); err != nil {
			return req, mt, fail(http.StatusUnsupportedMediaType, "Content-Type %q: %v", ct, err)
		}
		req.contentType = ct
	}
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		req.isHTML = true
	case mt != "application/x-www-form-urlencoded" && !strings.HasPrefix(mt, "text/"):
		return req, mt, fail(http.StatusUnsupportedMediaType, "Content-Type %s: want text/plain, another text/* type, text/html or application/x-www-form-urlencoded", mt)
	}
	if r.ContentLength > s.cfg.maxBody {
		return req, mt, fail(http.StatusRequestEntityTooLarge, "body of %d bytes is over the limit of %d", r.ContentLength, s.cfg.maxBody)
	}
	return req, mt, nil
}

// read reads the body, refusing it as soon as it passes maxBody bytes, and a form's
// fields.
func (s *server) read(r *http.Request, req request, mt string) (request, error) {
	body, err := page.ReadAll(r.Body, int(s.cfg.maxBody))
	switch {
	case errors.Is(err, extract.ErrTooLarge):
		return req, fail(http.StatusRequestEntityTooLarge, "body over the limit of %d bytes", s.cfg.maxBody)
	case err != nil:
		return req, fail(http.StatusBadRequest, "reading the body: %v", err)
	}
	req.body = body
	if mt == "application/x-www-form-urlencoded" {
		return readForm(req)
	}
	return req, nil
}

// readForm takes the article from a form's "text" field or a page from its "html"
// field, and the reference date from its "date" field.
func readForm(req request) (request, error) {
	form, err := url.ParseQuery(string(req.body))
	if err != nil {
		return req, fail(http.StatusBadRequest, "form: %v", err)
	}
	switch {
	case form.Has("text"):
		req.body = []byte(form.Get("text"))
	case form.Has("html"):
		req.body, req.isHTML = []byte(form.Get("html")), true
	default:
		return req, fail(http.StatusBadRequest, `form: want a "text" or "html" field`)
	}
	if d := form.Get("date"); d != "" {
		req.date = d
	}
	req.contentType = "" // a form's fields are UTF-8
	return req, nil
}

// extractor is the Extractor for a reference date: the shared one when there is none.
func (s *server) extractor(date string) (*extract.Extractor, error) {
	if date == "" {
		return s.ex, nil
	}
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return nil, fail(http.StatusBadRequest, "date %q: want a day written YYYY-MM-DD, such as 2024-03-05", date)
	}
	// The reference date is an Extractor option; building one is cheap.
	return extract.New(extract.WithMaxInputSize(int(s.cfg.maxBody)), extract.WithReferenceDate(t))
}

// acquire waits for an extraction slot, for at most cfg.wait and while the client is
// there; release gives it back.
func (s *server) acquire(ctx context.Context) (release func(), err error) {
	timer := time.NewTimer(s.cfg.wait)
	defer timer.Stop()
	select {
	case s.slots <- struct{}{}:
		return func() { <-s.slots }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-timer.C:
		return nil, fail(http.StatusServiceUnavailable, "every extraction slot is busy; try again shortly")
	}
}

// report decodes the body, takes a page's article text, extracts and marshals.
func (s *server) report(ctx context.Context, ex *extract.Extractor, req request) ([]byte, error) {
	dec := page.Decode(req.body, req.contentType, req.isHTML)
	article := dec.Text
	var err error
	if req.isHTML {
		if article, err = page.Text(ctx, []byte(dec.Text), int(s.cfg.maxBody)); err != nil {
			return nil, unprocessable(err)
		}
	}
	rep, err := ex.ExtractContext(ctx, article)
	if err != nil {
		return nil, unprocessable(err)
	}
	if !req.isHTML && !dec.Converted {
		return extract.MarshalIndent(rep)
	}
	var out struct {
		Charset      string    `json:"charset,omitempty"`
		MetadataDate *metaDate `json:"metadata_date,omitempty"`
		*extract.Report
		Text string `json:"text"`
	}
	out.Report, out.Text = rep, article
	if req.isHTML {
		out.MetadataDate = pageDate([]byte(dec.Text), rep)
	}
	if dec.Converted {
		out.Charset = dec.Charset
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	err = enc.Encode(out)
	return buf.Bytes(), err
}

// unprocessable gives the status of an error reading or extracting from a body.
func unprocessable(err error) error {
	switch {
	case errors.Is(err, extract.ErrTooLarge):
		return fail(http.StatusRequestEntityTooLarge, "%v", err)
	case errors.Is(err, extract.ErrBinary), errors.Is(err, page.ErrNoArticle), errors.Is(err, page.ErrTooDeep):
		return fail(http.StatusUnprocessableEntity, "%v", err)
	}
	return err // the client went away, or a failure of the server's own
}

// metaDate is a page's publication date from its metadata, given when the article
// text gives none; it has no span, since the text does not hold it.
type metaDate struct {
	Role string `json:"role"`
	page.Published
}

// pageDate is the page's metadata publication date when rep has no publication date
// of its own; nil otherwise.
func pageDate(pg []byte, rep *extract.Report) *metaDate {
	for _, d := range rep.Dates {
		if d.Role == extract.PublishedDate {
			return nil
		}
	}
	if p, ok := page.PublishedDate(pg); ok {
		return &metaDate{Role: extract.PublishedDate.String(), Published: p}
	}
	return nil
}
