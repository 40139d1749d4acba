package page

import (
	"bytes"
	"encoding/json"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// Published is the publication date a page's metadata gives, for a page whose text
// gives none: Value is the day as YYYY-MM-DD, From says which metadata gave it.
type Published struct {
	Value string `json:"value"`
	From  string `json:"from"`
}

// publishedMeta are the <meta> names and properties that carry a page's publication
// time, as news sites write them.
var publishedMeta = map[string]bool{
	"article:published_time": true, "og:article:published_time": true, "datepublished": true,
	"date": true, "dc.date": true, "dc.date.issued": true, "dcterms.date": true, "dcterms.issued": true,
	"pubdate": true, "publish-date": true, "sailthru.date": true, "parsely-pub-date": true,
}

// PublishedDate finds the publication date in a page's metadata: the first of a
// <meta> publication property (article:published_time and the like), a JSON-LD
// "datePublished", and a <time datetime> element, in that order of trust. It reports
// false when the page has none that reads as a day.
func PublishedDate(page []byte) (Published, bool) {
	var fromTime, fromLD Published
	z := html.NewTokenizer(bytes.NewReader(page))
	inLD := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if fromLD.Value != "" {
				return fromLD, true
			}
			return fromTime, fromTime.Value != ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			attrs := tagAttrs(z)
			switch string(name) {
			case "meta":
				key := strings.ToLower(firstOf(attrs, "property", "name", "itemprop"))
				if day, ok := dayOf(attrs["content"]); ok && publishedMeta[key] {
					return Published{Value: day, From: "meta " + key}, true
				}
			case "time":
				if day, ok := dayOf(attrs["datetime"]); ok && fromTime.Value == "" {
					fromTime = Published{Value: day, From: "time datetime"}
				}
			case "script":
				inLD = strings.EqualFold(attrs["type"], "application/ld+json")
			}
		case html.TextToken:
			if inLD && fromLD.Value == "" {
				if day, ok := dayOf(ldPublished(z.Text())); ok {
					fromLD = Published{Value: day, From: "JSON-LD datePublished"}
				}
			}
		case html.EndTagToken:
			inLD = false
		}
	}
}

// tagAttrs reads the attributes of the tag the tokenizer is on, names lower-cased.
func tagAttrs(z *html.Tokenizer) map[string]string {
	attrs := map[string]string{}
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		if len(k) == 0 {
			break
		}
		attrs[strings.ToLower(string(k))] = string(v)
	}
	return attrs
}

func firstOf(attrs map[string]string, keys ...string) string {
	for _, k := range keys {
		if v := attrs[k]; v != "" {
			return v
		}
	}
	return ""
}

// ldPublished is the datePublished of a JSON-LD block: of its object, of the first
// object of its array or @graph that has one.
func ldPublished(block []byte) string {
	var v any
	if json.Unmarshal(block, &v) != nil {
		return ""
	}
	return findPublished(v, 0)
}

func findPublished(v any, depth int) string {
	if depth > 4 {
		return ""
	}
	switch x := v.(type) {
	case map[string]any:
		if s, ok := x["datePublished"].(string); ok {
			return s
		}
		return findPublished(x["@graph"], depth+1)
	case []any:
		for _, e := range x {
			if s := findPublished(e, depth+1); s != "" {
				return s
			}
		}
	}
	return ""
}

// dayOf reads the day of an ISO 8601 date or time ("2024-03-05", "2024-03-05T09:30:00Z",
// "2024-03-05T09:30:00+01:00"), as the page writes it, without moving it across
// midnight into another zone.
func dayOf(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return "", false
	}
	if _, err := time.Parse(time.DateOnly, s[:10]); err != nil {
		return "", false
	}
	if len(s) > 10 && s[10] != 'T' && s[10] != ' ' {
		return "", false
	}
	return s[:10], true
}
