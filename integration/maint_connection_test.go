//go:build integration

package integration

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/omrs-neo4j/omrs-neo4j/graph"
	"github.com/omrs-neo4j/omrs-neo4j/handlers"
)

// cutterWait bounds every wait of the Bolt cutter and of the request sent
// through it.
const cutterWait = 60 * time.Second

// requestDeadline is the deadline of each request to the repository behind
// the cutter. Once the cutter refuses connections, neo4j-go-driver v5.28.4
// retries the transaction with doubling pauses. It checks its 30 s retry
// limit only before each pause, so it gives up after about 30 to 70 s. The
// deadline ends the request well before cutterWait.
const requestDeadline = 20 * time.Second

// boltCutter is a TCP proxy in front of Neo4j's Bolt port. It forwards
// what the client sends one whole Bolt message at a time, so it can stop
// before any byte of a chosen message reaches Neo4j. At its cut point it
// closes every connection and its listener, so the driver can neither
// finish the transaction nor open a new connection.
type boltCutter struct {
	listener net.Listener
	target   string
	cut      cutPoint

	mu      sync.Mutex
	conns   []net.Conn
	stopped bool
	tripped chan struct{}
}

// cutPoint is the place in the entity write where a boltCutter drops the
// connections.
type cutPoint int

const (
	// cutBeforeWrite drops them instead of sending the entity write.
	cutBeforeWrite cutPoint = iota
	// cutBeforeCommit sends the entity write and drops them instead of
	// sending the COMMIT that follows it.
	cutBeforeCommit
	// cutNever forwards everything, to check that the cutter alone changes
	// nothing.
	cutNever
)

// entityWrite lists, in order, two fragments of the statement that writes
// entities with their classifications (cypher.UpsertEntities). Bolt sends
// a statement as plain UTF-8 inside its RUN message.
var entityWrite = [][]byte{[]byte("UNWIND $rows AS row"), []byte("MERGE (n:Entity")}

// startBoltCutter listens on a free loopback port and forwards to target.
func startBoltCutter(t *testing.T, target string, cut cutPoint) *boltCutter {
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	c := &boltCutter{listener: listener, target: target, cut: cut, tripped: make(chan struct{})}
	go c.serve()
	t.Cleanup(c.stop)
	return c
}

func (c *boltCutter) address() string { return c.listener.Addr().String() }

// wasTripped reports whether the cutter has dropped the connections.
func (c *boltCutter) wasTripped() bool {
	select {
	case <-c.tripped:
		return true
	default:
		return false
	}
}

func (c *boltCutter) serve() {
	for {
		client, err := c.listener.Accept()
		if err != nil {
			return
		}
		go c.handle(client)
	}
}

// track registers a connection for stop. It closes the connection at once
// and returns false when the cutter has already stopped.
func (c *boltCutter) track(conn net.Conn) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stopped {
		conn.Close()
		return false
	}
	c.conns = append(c.conns, conn)
	return true
}

// stop closes the listener and every connection.
func (c *boltCutter) stop() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stopped = true
	c.listener.Close()
	for _, conn := range c.conns {
		conn.Close()
	}
}

// trip records the cut and drops everything.
func (c *boltCutter) trip() {
	c.mu.Lock()
	select {
	case <-c.tripped:
	default:
		close(c.tripped)
	}
	c.mu.Unlock()
	c.stop()
}

func (c *boltCutter) handle(client net.Conn) {
	if !c.track(client) {
		return
	}
	server, err := net.DialTimeout("tcp", c.target, cutterWait)
	if err != nil || !c.track(server) {
		client.Close()
		return
	}
	// The server's first four bytes show whether it chose the manifest
	// handshake, after which the client sends a version confirmation
	// before its first message.
	manifest := make(chan bool, 1)
	go func() {
		defer client.Close()
		response := make([]byte, 4)
		if _, err := io.ReadFull(server, response); err != nil {
			manifest <- false
			return
		}
		manifest <- response[2] == 0x01 && response[3] == 0xFF
		if _, err := client.Write(response); err != nil {
			return
		}
		_, _ = io.Copy(client, server)
	}()
	defer server.Close()
	_ = c.forwardClient(bufio.NewReader(client), server, manifest)
}

// forwardClient copies the handshake, then one Bolt message at a time,
// and drops every connection at the cutter's cut point. It returns when
// either side closes.
func (c *boltCutter) forwardClient(client *bufio.Reader, server net.Conn, manifest <-chan bool) error {
	handshake := make([]byte, 20) // magic number and four version proposals
	if _, err := io.ReadFull(client, handshake); err != nil {
		return err
	}
	if _, err := server.Write(handshake); err != nil {
		return err
	}
	select {
	case usesManifest := <-manifest:
		if usesManifest {
			if err := forwardManifestConfirmation(client, server); err != nil {
				return err
			}
		}
	case <-time.After(cutterWait):
		return errors.New("Neo4j sent no handshake response")
	}

	wrote := false
	for {
		raw, payload, err := readBoltMessage(client)
		if err != nil {
			return err
		}
		switch {
		case isEntityWrite(payload) && c.cut == cutBeforeWrite:
			c.trip()
			return nil
		case isEntityWrite(payload):
			wrote = true
		case wrote && isCommit(payload) && c.cut == cutBeforeCommit:
			c.trip()
			return nil
		}
		if _, err := server.Write(raw); err != nil {
			return err
		}
	}
}

// forwardManifestConfirmation copies the client's chosen version (four
// bytes) and capability mask (a base-128 varint).
func forwardManifestConfirmation(client *bufio.Reader, server net.Conn) error {
	confirmation := make([]byte, 4)
	if _, err := io.ReadFull(client, confirmation); err != nil {
		return err
	}
	for {
		b, err := client.ReadByte()
		if err != nil {
			return err
		}
		confirmation = append(confirmation, b)
		if b&0x80 == 0 {
			break
		}
	}
	_, err := server.Write(confirmation)
	return err
}

// readBoltMessage reads one chunked Bolt message: chunks of a two-byte
// big-endian size and that many bytes, ended by an empty chunk. It returns
// the bytes as sent and the message content without the chunk sizes.
func readBoltMessage(r *bufio.Reader) (raw, payload []byte, err error) {
	for {
		var header [2]byte
		if _, err := io.ReadFull(r, header[:]); err != nil {
			return nil, nil, err
		}
		raw = append(raw, header[:]...)
		size := int(binary.BigEndian.Uint16(header[:]))
		if size == 0 {
			return raw, payload, nil
		}
		chunk := make([]byte, size)
		if _, err := io.ReadFull(r, chunk); err != nil {
			return nil, nil, err
		}
		raw = append(raw, chunk...)
		payload = append(payload, chunk...)
	}
}

func isEntityWrite(payload []byte) bool {
	start := bytes.Index(payload, entityWrite[0])
	return start >= 0 && bytes.Contains(payload[start:], entityWrite[1])
}

// isCommit reports a COMMIT message: a PackStream structure with no fields
// (0xB0) and signature 0x12.
func isCommit(payload []byte) bool {
	return len(payload) >= 2 && payload[0] == 0xB0 && payload[1] == 0x12
}

// boltTarget returns the host:port of the test Neo4j's Bolt port, skipping
// the test when the URI uses TLS, which the cutter cannot read.
func boltTarget(t *testing.T) string {
	parsed, err := url.Parse(neo.URI)
	require.NoError(t, err)
	if parsed.Scheme != "bolt" && parsed.Scheme != "neo4j" {
		t.Skipf("the Bolt cutter reads plain Bolt only; NEO4J_URI %s uses %s", neo.URI, parsed.Scheme)
	}
	return parsed.Host
}

// serveWithDeadline serves the REST API of e's repository on a new test
// server that gives each request a deadline, and returns e with that
// server.
func serveWithDeadline(t *testing.T, e *env, deadline time.Duration) *env {
	server, err := handlers.New(handlers.Config{ServerName: serverName}, newRepository(e.store), testLogger(t))
	require.NoError(t, err)
	api := server.Handler()
	httpServer := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), deadline)
		defer cancel()
		api.ServeHTTP(w, r.WithContext(ctx))
	}))
	t.Cleanup(httpServer.Close)
	served := *e
	served.server = httpServer
	return &served
}

// openBehindCutter opens a second repository on the test Neo4j whose
// connections go through a new cutter, and returns it with the cutter.
func openBehindCutter(t *testing.T, cut cutPoint) (*env, *boltCutter) {
	cutter := startBoltCutter(t, boltTarget(t), cut)
	proxied := openEnvWith(t, false, func(cfg *graph.Config) {
		cfg.URI = "bolt://" + cutter.address()
		cfg.ConnectTimeout = 10 * time.Second
	})
	return serveWithDeadline(t, proxied, requestDeadline), cutter
}

// createWithClassifications returns a request for an entity with two
// initial classifications, which addEntity writes in one statement.
func createWithClassifications(m *maintEnv, name string) map[string]any {
	return m.createRequest("GlossaryTerm", omrsStrings("qualifiedName", name),
		newClassification("Confidentiality", confidentialityLevel(1)), newClassification("Incomplete", nil))
}

func TestMaintBoltCutterForwardsUntilCut(t *testing.T) {
	direct := newMaintEnv(t)
	proxied, cutter := openBehindCutter(t, cutNever)

	response, err := postConcurrently(&http.Client{Timeout: cutterWait}, proxied.url("/instances/entity"),
		createWithClassifications(direct, uniqueName("forwarded")))

	require.NoError(t, err)
	require.False(t, cutter.wasTripped())
	entity := direct.payload(response, "entity")
	require.Equal(t, entity, direct.entity(guidOf(entity)), "stored through the cutter")
	require.Len(t, asList(entity["classifications"]), 2)
}

// A dropped connection during addEntity leaves nothing stored, whether it
// drops before the write reaches Neo4j or after it, before the commit.
func TestMaintDroppedConnectionStoresNothing(t *testing.T) {
	tests := []struct {
		name string
		cut  cutPoint
	}{
		{name: "before the write", cut: cutBeforeWrite},
		{name: "after the write before the commit", cut: cutBeforeCommit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			direct := newMaintEnv(t)
			proxied, cutter := openBehindCutter(t, tt.cut)
			name := uniqueName("dropped")
			request := createWithClassifications(direct, name)
			before := direct.fingerprint()

			response, err := postConcurrently(&http.Client{Timeout: cutterWait}, proxied.url("/instances/entity"), request)

			require.NoError(t, err)
			require.True(t, cutter.wasTripped(),
				"the cutter saw no entity write: addEntity no longer sends a statement with the entityWrite fragments")
			require.Contains(t, []any{
				"org.odpi.openmetadata.repositoryservices.ffdc.exception.RepositoryErrorException",
				"org.odpi.openmetadata.repositoryservices.ffdc.exception.RepositoryTimeoutException",
			}, response["exceptionClassName"], "response: %v", response)
			require.Zero(t, direct.count("MATCH (n) WHERE n.qualifiedName = $name RETURN count(n) AS count", map[string]any{"name": name}))
			require.Zero(t, direct.count("MATCH (c:Classification) RETURN count(c) AS count", nil))
			require.Equal(t, before, direct.fingerprint(), "nothing stored changed")
		})
	}
}
