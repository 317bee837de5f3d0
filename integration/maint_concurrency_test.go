//go:build integration

package integration

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// postConcurrently sends a JSON body and decodes the response without
// failing the test, so goroutines other than the test's may call it. The
// client's timeout bounds each call.
func postConcurrently(client *http.Client, target string, body any) (map[string]any, error) {
	data, err := json.Marshal(body)
	if err != nil {
		return nil, fmt.Errorf("encode request for %s: %w", target, err)
	}
	response, err := client.Post(target, "application/json", bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("post %s: %w", target, err)
	}
	defer response.Body.Close()
	raw, err := io.ReadAll(response.Body)
	if err != nil {
		return nil, fmt.Errorf("read response of %s: %w", target, err)
	}
	if response.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("post %s: HTTP status %d, body %s", target, response.StatusCode, raw)
	}
	decoder := json.NewDecoder(bytes.NewReader(raw))
	decoder.UseNumber()
	var decoded map[string]any
	if err := decoder.Decode(&decoded); err != nil {
		return nil, fmt.Errorf("decode response of %s: %w (body %s)", target, err, raw)
	}
	return decoded, nil
}

// updateOutcome is what one concurrent update returned.
type updateOutcome struct {
	description string
	response    map[string]any
	err         error
}

// Concurrent updates of one entity are applied one after the other: none
// is lost and each gets its own version.
func TestMaintConcurrentUpdatesGetDistinctVersions(t *testing.T) {
	const writers = 16
	m := newMaintEnv(t)
	name := uniqueName("contended")
	entity := m.addTerm(name)
	target := m.url("/instances/entity/" + guidOf(entity) + "/properties")
	client := &http.Client{Timeout: 60 * time.Second}

	outcomes := make([]updateOutcome, writers)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			description := fmt.Sprintf("written by writer %d", i)
			<-start
			response, err := postConcurrently(client, target, propertiesRequest(omrsStrings("qualifiedName", name, "description", description)))
			outcomes[i] = updateOutcome{description: description, response: response, err: err}
		}()
	}
	close(start)
	wg.Wait()

	var versions []int64
	descriptions := map[int64]string{}
	updateTimes := map[int64]int64{}
	for i, outcome := range outcomes {
		require.NoError(t, outcome.err, "writer %d", i)
		requireSuccess(t, outcome.response)
		updated := outcome.response["entity"].(map[string]any)
		version := jsonInt64(t, updated["version"])
		versions = append(versions, version)
		descriptions[version] = outcome.description
		updateTimes[version] = jsonInt64(t, updated["updateTime"])
		require.Equal(t, outcome.description, propertyValue(updated["properties"], "description").(map[string]any)["primitiveValue"],
			"writer %d gets back its own properties", i)
	}
	sort.Slice(versions, func(i, j int) bool { return versions[i] < versions[j] })
	var want []int64
	for version := int64(2); version <= 1+writers; version++ {
		want = append(want, version)
	}
	require.Equal(t, want, versions, "every update has its own version")
	for version := int64(3); version <= 1+writers; version++ {
		require.Greater(t, updateTimes[version], updateTimes[version-1], "updateTime of version %d", version)
	}

	final := m.entity(guidOf(entity))
	require.Equal(t, jsonInt(1+writers), final["version"])
	require.Equal(t, descriptions[1+writers], propertyValue(final["properties"], "description").(map[string]any)["primitiveValue"],
		"the stored properties are those of the last update")
}
