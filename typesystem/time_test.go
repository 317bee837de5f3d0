package typesystem

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestMillisUnmarshal(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  Millis
	}{
		{"integer", `1632046251579`, 1632046251579},
		{"negative integer", `-1000`, -1000},
		{"exponent form", `1.632046251579E12`, 1632046251579},
		{"numeric string", `"1632046251579"`, 1632046251579},
		{"ISO with Z", `"2021-09-19T10:10:51.579Z"`, 1632046251579},
		{"ISO with offset", `"2023-07-19T17:09:36.767+00:00"`, 1689786576767},
		{"ISO with compact offset", `"2023-07-19T19:09:36.767+0200"`, 1689786576767},
		{"ISO without fraction", `"2023-07-19T17:09:36Z"`, 1689786576000},
		{"ISO with nanoseconds", `"2023-07-19T17:09:36.767123456Z"`, 1689786576767},
		{"ISO without zone is UTC", `"2023-07-19T17:09:36.767"`, 1689786576767},
		{"date only", `"2024-05-01"`, Millis(time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC).UnixMilli())},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m Millis
			require.NoError(t, json.Unmarshal([]byte(tt.input), &m))
			require.Equal(t, tt.want, m)
		})
	}
}

func TestMillisUnmarshalRejectsBadDates(t *testing.T) {
	for _, input := range []string{`"yesterday"`, `true`, `1.5`, `"2024-13-01"`, `{}`} {
		t.Run(input, func(t *testing.T) {
			var m Millis
			err := json.Unmarshal([]byte(input), &m)
			require.Error(t, err)
			require.Contains(t, err.Error(), "epoch milliseconds")
		})
	}
}

func TestMillisFieldErrorNamesField(t *testing.T) {
	var e EntityDetail
	err := json.Unmarshal([]byte(`{"createTime":"soon"}`), &e)

	var typeErr *json.UnmarshalTypeError
	require.ErrorAs(t, err, &typeErr)
	require.Equal(t, "createTime", typeErr.Field)
	require.Contains(t, err.Error(), `"soon"`)
}

func TestMillisMarshal(t *testing.T) {
	data, err := json.Marshal(struct {
		At      Millis  `json:"at"`
		Missing *Millis `json:"missing,omitempty"`
		Present *Millis `json:"present,omitempty"`
	}{At: 1632046251579, Present: NewMillis(5)})

	require.NoError(t, err)
	require.JSONEq(t, `{"at":1632046251579,"present":5}`, string(data))
}

func TestMillisConversions(t *testing.T) {
	at := time.Date(2021, 9, 19, 10, 10, 51, 579_000_000, time.UTC)
	require.Equal(t, Millis(1632046251579), MillisOf(at))
	require.True(t, at.Equal(Millis(1632046251579).Time()))
	require.Equal(t, "2021-09-19T10:10:51.579Z", Millis(1632046251579).String())

	_, err := ParseMillis("next week")
	require.ErrorContains(t, err, "next week")
}
