package typesystem

import "context"

// requestIDKey is the context key of the OMRS request id.
type requestIDKey struct{}

// WithRequestID returns a context carrying the requestId of the OMRS request
// being served. The repository records it as lastRequestId on every instance
// the request changes.
func WithRequestID(ctx context.Context, requestID string) context.Context {
	return context.WithValue(ctx, requestIDKey{}, requestID)
}

// RequestIDFrom returns the request id carried by ctx, or "" when there is
// none.
func RequestIDFrom(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}
