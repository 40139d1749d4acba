package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
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
	h, err := newHandler(1 << 20)
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
	h, err := newHandler(1 << 20)
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
	h, err := newHandler(100)
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
		})
	}
}

func TestBadMax(t *testing.T) {
	if _, err := newHandler(0); err == nil {
		t.Error("newHandler(0) succeeded")
	}
}
