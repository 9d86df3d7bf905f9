package masking

import (
	"context"
	"log/slog"
	"net/http"
	"net/url"
)

// Handler is a slog.Handler that masks sensitive attributes before passing
// each record to the handler it wraps. It masks:
//   - the value of every attribute whose key is sensitive (IsSensitiveKey),
//     including a whole group logged under such a key;
//   - string values that have the shape of a credential (LooksLikeCredential)
//     under any key;
//   - sensitive keys inside map values (map[string]any, map[string]string,
//     http.Header, url.Values) and inside groups, at any depth;
//   - attributes added with Logger.With, once, when they are added.
//
// LogValuer values are resolved before they are masked. The message text and
// the fields of struct values are not inspected, so a credential formatted
// into the message or logged inside a struct is not masked: log credentials
// never, and structs through a LogValue method that leaves them out.
type Handler struct {
	next slog.Handler
}

// NewHandler returns a Handler that masks records and passes them to next.
func NewHandler(next slog.Handler) *Handler {
	return &Handler{next: next}
}

// Enabled reports whether the wrapped handler handles records at level.
func (h *Handler) Enabled(ctx context.Context, level slog.Level) bool {
	return h.next.Enabled(ctx, level)
}

// Handle masks the attributes of r and passes a copy to the wrapped handler.
func (h *Handler) Handle(ctx context.Context, r slog.Record) error {
	masked := slog.NewRecord(r.Time, r.Level, r.Message, r.PC)
	r.Attrs(func(attr slog.Attr) bool {
		masked.AddAttrs(maskAttr(attr))
		return true
	})
	return h.next.Handle(ctx, masked)
}

// WithAttrs masks attrs and returns a Handler whose wrapped handler has them.
func (h *Handler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return &Handler{next: h.next.WithAttrs(maskAttrs(attrs))}
}

// WithGroup returns a Handler whose wrapped handler opens the group name.
func (h *Handler) WithGroup(name string) slog.Handler {
	return &Handler{next: h.next.WithGroup(name)}
}

func maskAttrs(attrs []slog.Attr) []slog.Attr {
	masked := make([]slog.Attr, len(attrs))
	for i, attr := range attrs {
		masked[i] = maskAttr(attr)
	}
	return masked
}

func maskAttr(attr slog.Attr) slog.Attr {
	value := attr.Value.Resolve()

	if IsSensitiveKey(attr.Key) {
		if value.Kind() == slog.KindString {
			return slog.String(attr.Key, MaskValue(value.String()))
		}
		return slog.String(attr.Key, Mask)
	}

	switch value.Kind() {
	case slog.KindGroup:
		return slog.Attr{Key: attr.Key, Value: slog.GroupValue(maskAttrs(value.Group())...)}
	case slog.KindString:
		if LooksLikeCredential(value.String()) {
			return slog.String(attr.Key, Mask)
		}
	case slog.KindAny:
		if masked, ok := maskMapValue(value.Any()); ok {
			return slog.Any(attr.Key, masked)
		}
	}
	return slog.Attr{Key: attr.Key, Value: value}
}

// maskMapValue masks v when it is one of the map types that logs commonly
// carry, and reports whether it was.
func maskMapValue(v any) (map[string]any, bool) {
	switch m := v.(type) {
	case map[string]any:
		return MaskMap(m), true
	case map[string]string:
		return MaskMap(m), true
	case map[string][]string:
		return MaskMap(m), true
	case http.Header:
		return MaskMap(m), true
	case url.Values:
		return MaskMap(m), true
	}
	return nil, false
}
