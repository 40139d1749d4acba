package main

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/verdictnlp/verdict/internal/endless"
)

func serve(t *testing.T, h http.Handler, method, target, contentType, body string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestExtract(t *testing.T) {
	h, err := newHandler(config{maxBody: 1 << 20, slots: 2, wait: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	article, err := os.ReadFile("../../testdata/corpus/000_267091c07c1a288e.txt")
	if err != nil {
		t.Fatal(err)
	}
	rec := serve(t, h, http.MethodPost, "/extract?date=2024-03-05", "text/plain; charset=utf-8", string(article))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q", ct)
	}
	var rep struct {
		Inspectorate struct{ Name string }
		Subject      struct{ Name string }
		Judgements   []struct{ Area, Grade, Time string }
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Inspectorate.Name != "Ofsted" || rep.Subject.Name != "Tameside" || len(rep.Judgements) == 0 ||
		rep.Judgements[0].Grade != "inadequate" || rep.Judgements[0].Time != "current" {
		t.Errorf("unexpected report %+v", rep)
	}
}

// TestHTML posts a news page and wants the report of its article text, with that text,
// which the spans index.
func TestHTML(t *testing.T) {
	h, err := newHandler(config{maxBody: 1 << 20, slots: 2, wait: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile("../../testdata/html/000_267091c07c1a288e.html")
	if err != nil {
		t.Fatal(err)
	}
	rec := serve(t, h, http.MethodPost, "/extract?date=2024-03-05", "text/html; charset=utf-8", string(page))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	var rep struct {
		Text       string
		Judgements []struct {
			Grade, Time, Text string
			Span              struct{ Start, End int }
		}
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(rep.Text, "cookies") || len(rep.Judgements) == 0 || rep.Judgements[0].Grade != "inadequate" {
		t.Fatalf("unexpected report of the page: %d judgements, text %.80q", len(rep.Judgements), rep.Text)
	}
	for _, j := range rep.Judgements {
		if rep.Text[j.Span.Start:j.Span.End] != j.Text {
			t.Errorf("span [%d,%d) of the text is %q, not %q", j.Span.Start, j.Span.End, rep.Text[j.Span.Start:j.Span.End], j.Text)
		}
	}
}

func TestErrors(t *testing.T) {
	h, err := newHandler(config{maxBody: 100, slots: 2, wait: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	short := "Ofsted rated the school good."
	for _, tc := range []struct {
		name, method, target, contentType, body string
		want                                    int
	}{
		{"get extract", http.MethodGet, "/extract", "", "", http.StatusMethodNotAllowed},
		{"put extract", http.MethodPut, "/extract", "text/plain", short, http.StatusMethodNotAllowed},
		{"too large", http.MethodPost, "/extract", "text/plain", strings.Repeat("x", 101), http.StatusRequestEntityTooLarge},
		{"bad date", http.MethodPost, "/extract?date=5/3/2024", "text/plain", short, http.StatusBadRequest},
		{"impossible date", http.MethodPost, "/extract?date=2024-02-30", "text/plain", short, http.StatusBadRequest},
		{"not text", http.MethodPost, "/extract", "application/json", `{}`, http.StatusUnsupportedMediaType},
		{"binary", http.MethodPost, "/extract", "text/plain", "\x7fELF\x00\x00\x00\x00\x01\x02", http.StatusUnprocessableEntity},
		{"form without text", http.MethodPost, "/extract", "application/x-www-form-urlencoded", "title=x", http.StatusBadRequest},
		{"form", http.MethodPost, "/extract", "application/x-www-form-urlencoded", "text=Ofsted+rated+it+good.", http.StatusOK},
		{"markdown", http.MethodPost, "/extract", "text/markdown", short, http.StatusOK},
		{"schema", http.MethodGet, "/schema", "", "", http.StatusOK},
		{"post schema", http.MethodPost, "/schema", "text/plain", "", http.StatusMethodNotAllowed},
		{"html without article", http.MethodPost, "/extract", "text/html", "<html><body></body></html>", http.StatusUnprocessableEntity},
		{"no content type", http.MethodPost, "/extract", "", short, http.StatusOK},
		{"at the limit", http.MethodPost, "/extract", "text/plain", strings.Repeat("x", 100), http.StatusOK},
		{"healthz", http.MethodGet, "/healthz", "", "", http.StatusOK},
		{"unknown path", http.MethodGet, "/nope", "", "", http.StatusNotFound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := serve(t, h, tc.method, tc.target, tc.contentType, tc.body)
			if rec.Code != tc.want {
				t.Errorf("status %d, want %d: %s", rec.Code, tc.want, rec.Body)
			}
			if tc.want == http.StatusMethodNotAllowed && rec.Header().Get("Allow") == "" {
				t.Error("405 without an Allow header")
			}
			if tc.want >= 400 {
				var p struct {
					Title  string
					Status int
					Detail string
				}
				if ct := rec.Header().Get("Content-Type"); ct != "application/problem+json" || json.Unmarshal(rec.Body.Bytes(), &p) != nil || p.Status != tc.want || p.Detail == "" {
					t.Errorf("error answer %s %q is not a problem details object with status %d", ct, rec.Body, tc.want)
				}
			}
		})
	}
}

func TestBadMax(t *testing.T) {
	if _, err := newHandler(config{maxBody: 0, slots: 1}); err == nil {
		t.Error("newHandler with -max 0 succeeded")
	}
	if _, err := newHandler(config{maxBody: 1, slots: 0}); err == nil {
		t.Error("newHandler with no slots succeeded")
	}
}

// TestCharset wants a body in the charset its Content-Type names read in it, with the
// converted text, which the spans index, in the answer.
func TestCharset(t *testing.T) {
	h, _ := newHandler(config{maxBody: 1 << 20, slots: 1, wait: time.Second})
	body := "Caf\xe9 Brackenfold Nursery in Lower Haddon has been rated \"good\" by Ofsted.\n"
	rec := serve(t, h, http.MethodPost, "/extract", "text/plain; charset=iso-8859-1", body)
	var rep struct {
		Charset, Text string
		Subject       struct{ Name string }
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &rep); err != nil || rec.Code != 200 {
		t.Fatalf("status %d, %v: %s", rec.Code, err, rec.Body)
	}
	if rep.Charset != "windows-1252" || !strings.HasPrefix(rep.Text, "Café") || rep.Subject.Name != "Café Brackenfold Nursery" {
		t.Errorf("charset %q, text %.20q, subject %q", rep.Charset, rep.Text, rep.Subject.Name)
	}
}

// TestBodyLimitWhileReading sends 2 GB without a Content-Length and wants 413 after
// reading little more than the limit.
func TestBodyLimitWhileReading(t *testing.T) {
	h, _ := newHandler(config{maxBody: 1 << 20, slots: 1, wait: time.Second})
	body := &endless.Reader{N: 2 << 30}
	req := httptest.NewRequest(http.MethodPost, "/extract", body)
	req.ContentLength = -1
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge || 2<<30-body.N > 2<<20 {
		t.Errorf("status %d after %d bytes read; want 413 after little more than the limit", rec.Code, 2<<30-body.N)
	}
}

// TestSlots fills the only extraction slot and wants the next request to get 503
// after the wait, and a request whose client has gone to stop waiting.
func TestSlots(t *testing.T) {
	srv := &server{cfg: config{maxBody: 1 << 20, slots: 1, wait: 50 * time.Millisecond}, slots: make(chan struct{}, 1)}
	release, err := srv.acquire(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := srv.acquire(context.Background()); err == nil || !strings.Contains(err.Error(), "busy") {
		t.Errorf("second acquire: %v; want busy", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := srv.acquire(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("acquire for a client that went: %v; want context.Canceled", err)
	}
	release()
	if r, err := srv.acquire(context.Background()); err != nil {
		t.Errorf("acquire after release: %v", err)
	} else {
		r()
	}
	if n := defaultSlots(8<<20, 1<<30); n < 1 || n > 4 {
		t.Errorf("defaultSlots(8 MiB, 1 GiB) = %d; want 1 to 4", n)
	}
}

// TestClientGone wants no report for a request whose client has gone.
func TestClientGone(t *testing.T) {
	h, _ := newHandler(config{maxBody: 1 << 20, slots: 1, wait: time.Second})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	req := httptest.NewRequest(http.MethodPost, "/extract", strings.NewReader("Ofsted rated the school good.")).WithContext(ctx)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if strings.Contains(rec.Body.String(), "judgements") {
		t.Errorf("a report was written for a client that had gone: %d %.60q", rec.Code, rec.Body)
	}
}

// TestMetadataDate posts a page whose text gives no date and wants the publication
// date of its metadata, marked as such.
func TestMetadataDate(t *testing.T) {
	h, _ := newHandler(config{maxBody: 1 << 20, slots: 1, wait: time.Second})
	pg := `<html><head><title>Nursery rated good</title><meta property="article:published_time" content="2024-06-11T08:00:00Z"></head><body><article>` +
		strings.Repeat("<p>Inspectors found that children at Brackenfold Nursery in Lower Haddon were happy and safe, and that staff knew them well.</p>", 4) +
		`</article></body></html>`
	rec := serve(t, h, http.MethodPost, "/extract", "text/html", pg)
	var rep struct {
		MetadataDate struct{ Role, Value, From string } `json:"metadata_date"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &rep); err != nil || rep.MetadataDate.Value != "2024-06-11" || rep.MetadataDate.Role != "published" {
		t.Errorf("status %d, %v, metadata date %+v; want published 2024-06-11", rec.Code, err, rep.MetadataDate)
	}
}
