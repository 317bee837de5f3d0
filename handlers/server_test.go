package handlers

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestStartServesUntilShutdown(t *testing.T) {
	env := newTestEnv(t, Config{})
	done := make(chan error, 1)
	go func() { done <- env.server.Start("127.0.0.1:0") }()

	var addr string
	require.Eventually(t, func() bool {
		if a := env.server.echo.ListenerAddr(); a != nil {
			addr = a.String()
			return true
		}
		return false
	}, 5*time.Second, 10*time.Millisecond)

	resp, err := http.Post("http://"+addr+testBase+"/metadata-collection-id", "application/json",
		strings.NewReader(`{"class":"GetRequest"}`))
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.NoError(t, resp.Body.Close())

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	require.NoError(t, env.server.Shutdown(ctx))
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(5 * time.Second):
		require.Fail(t, "Start did not return after Shutdown")
	}
}

func TestStartReportsListenFailure(t *testing.T) {
	env := newTestEnv(t, Config{})
	err := env.server.Start("127.0.0.1:not-a-port")
	require.Error(t, err)
	require.False(t, errors.Is(err, http.ErrServerClosed))
	require.Contains(t, err.Error(), "127.0.0.1:not-a-port")
}
