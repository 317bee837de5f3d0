//go:build integration

package neo4jtest

import (
	"context"
	"errors"
	"net"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/stretchr/testify/require"
)

// startRealLauncher starts the Java launcher even when NEO4J_URI is set, so this path
// is tested when make test provides a server too. Without a built launcher the test is
// skipped, or fails when CI=true or REQUIRE_NEO4J=1.
func startRealLauncher(t *testing.T, password string) *Instance {
	t.Helper()
	if testing.Short() {
		t.Skip("-short given; the launcher takes seconds to start")
	}
	cfg, err := ConfigFromEnv(os.Getenv)
	require.NoError(t, err)
	cfg.URI, cfg.User, cfg.Password = "", "", password

	ctx, cancel := context.WithTimeout(context.Background(), cfg.StartTimeout+time.Minute)
	defer cancel()
	instance, err := startLauncher(ctx, cfg)
	if errors.Is(err, errUnavailable) && !cfg.Required {
		t.Skipf("launcher unavailable: %v", err)
	}
	require.NoError(t, err)
	return instance
}

func returnOne(ctx context.Context, t *testing.T, instance *Instance, auth neo4j.AuthToken) (int64, error) {
	t.Helper()
	driver, err := neo4j.NewDriverWithContext(instance.URI, auth)
	require.NoError(t, err)
	defer func() { require.NoError(t, driver.Close(ctx)) }()

	result, err := neo4j.ExecuteQuery(ctx, driver, "RETURN 1 AS one", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase("neo4j"))
	if err != nil {
		return 0, err
	}
	value, _, err := neo4j.GetRecordValue[int64](result.Records[0], "one")
	return value, err
}

func TestLauncherServesBoltOnLoopback(t *testing.T) {
	instance := startRealLauncher(t, "")
	ctx := context.Background()

	uri, err := url.Parse(instance.URI)
	require.NoError(t, err)
	require.Equal(t, "bolt", uri.Scheme)
	require.Equal(t, "127.0.0.1", uri.Hostname())

	value, err := returnOne(ctx, t, instance, instance.AuthToken())
	require.NoError(t, err)
	require.Equal(t, int64(1), value)

	require.NoError(t, instance.Stop())
	_, err = net.DialTimeout("tcp", uri.Host, time.Second)
	require.Error(t, err, "Bolt port still open after Stop")
}

func TestLauncherWithPasswordRequiresIt(t *testing.T) {
	instance := startRealLauncher(t, "test-password-1")
	defer func() { require.NoError(t, instance.Stop()) }()
	ctx := context.Background()
	require.Equal(t, "neo4j", instance.User)

	value, err := returnOne(ctx, t, instance, instance.AuthToken())
	require.NoError(t, err)
	require.Equal(t, int64(1), value)

	_, err = returnOne(ctx, t, instance, neo4j.BasicAuth("neo4j", "wrong-password", ""))
	var neo4jErr *neo4j.Neo4jError
	require.ErrorAs(t, err, &neo4jErr)
	require.Equal(t, "Neo.ClientError.Security.Unauthorized", neo4jErr.Code)
}
