package server_test

import (
	"net/http"
	"strings"
	"testing"
)

type noteBody struct {
	ID    uint   `json:"id"`
	Title string `json:"title"`
	Body  string `json:"body"`
}

func TestNotesLifecycle(t *testing.T) {
	env := newTestEnv(t)
	_, bearer := env.newUser(t, "kim@example.com")

	created := env.do(t, http.MethodPost, "/notes", bearer, map[string]string{"title": "  장보기 ", "body": "우유, 달걀"})
	if created.status != http.StatusCreated {
		t.Fatalf("create: status %d, want 201; body %s", created.status, created.body)
	}
	var note noteBody
	decode(t, created.body, &note)
	if note.ID == 0 || note.Title != "장보기" || note.Body != "우유, 달걀" {
		t.Errorf("created note = %+v, want a new ID, title trimmed, body kept", note)
	}
	if got, want := created.header.Get("Location"), "/notes/"+uintString(note.ID); got != want {
		t.Errorf("Location = %q, want %q", got, want)
	}
	path := "/notes/" + uintString(note.ID)

	listed := env.do(t, http.MethodGet, "/notes", bearer, nil)
	var list struct {
		Notes []noteBody `json:"notes"`
	}
	decode(t, listed.body, &list)
	if listed.status != http.StatusOK || len(list.Notes) != 1 || list.Notes[0] != note {
		t.Errorf("list: status %d, notes %+v; want 200 and the created note", listed.status, list.Notes)
	}

	got := env.do(t, http.MethodGet, path, bearer, nil)
	var fetched noteBody
	decode(t, got.body, &fetched)
	if got.status != http.StatusOK || fetched != note {
		t.Errorf("get: status %d, note %+v; want 200 and %+v", got.status, fetched, note)
	}

	deleted := env.do(t, http.MethodDelete, path, bearer, nil)
	if deleted.status != http.StatusNoContent || deleted.body != "" {
		t.Errorf("delete: status %d, body %q; want 204 and no body", deleted.status, deleted.body)
	}

	assertError(t, env.do(t, http.MethodGet, path, bearer, nil), http.StatusNotFound, bodyNotFound)
	assertError(t, env.do(t, http.MethodDelete, path, bearer, nil), http.StatusNotFound, bodyNotFound)
	if empty := env.do(t, http.MethodGet, "/notes", bearer, nil); empty.body != `{"notes":[]}` {
		t.Errorf("list after delete = %s, want {\"notes\":[]}", empty.body)
	}
}

func TestNotesAreScopedToOwner(t *testing.T) {
	env := newTestEnv(t)
	_, kim := env.newUser(t, "kim@example.com")
	_, lee := env.newUser(t, "lee@example.com")
	noteID := env.createNote(t, kim, "kim's plans")
	path := "/notes/" + uintString(noteID)

	assertError(t, env.do(t, http.MethodGet, path, lee, nil), http.StatusNotFound, bodyNotFound)
	assertError(t, env.do(t, http.MethodDelete, path, lee, nil), http.StatusNotFound, bodyNotFound)
	if listed := env.do(t, http.MethodGet, "/notes", lee, nil); listed.body != `{"notes":[]}` {
		t.Errorf("lee's list = %s, want {\"notes\":[]}", listed.body)
	}

	if still := env.do(t, http.MethodGet, path, kim, nil); still.status != http.StatusOK {
		t.Errorf("kim's note after lee's delete: status %d, want 200; body %s", still.status, still.body)
	}
}

func TestCreateNoteRejectsInvalidInput(t *testing.T) {
	env := newTestEnv(t)
	_, bearer := env.newUser(t, "kim@example.com")
	tests := []struct {
		name string
		body any
	}{
		{"missing title", map[string]string{"body": "b"}},
		{"blank title", map[string]string{"title": " \t "}},
		{"title too long", map[string]string{"title": strings.Repeat("가", 201)}},
		{"body too long", map[string]string{"title": "t", "body": strings.Repeat("a", 10001)}},
		{"unknown field", map[string]any{"title": "t", "user_id": 1}},
		{"malformed JSON", `{"title":`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := env.do(t, http.MethodPost, "/notes", bearer, tt.body)

			assertError(t, resp, http.StatusBadRequest, bodyBadRequest)
		})
	}
}

func TestNoteIDMustBePositiveNumber(t *testing.T) {
	env := newTestEnv(t)
	_, bearer := env.newUser(t, "kim@example.com")

	for _, method := range []string{http.MethodGet, http.MethodDelete} {
		assertError(t, env.do(t, method, "/notes/abc", bearer, nil), http.StatusBadRequest, bodyBadRequest)
		assertError(t, env.do(t, method, "/notes/-1", bearer, nil), http.StatusBadRequest, bodyBadRequest)
		assertError(t, env.do(t, method, "/notes/0", bearer, nil), http.StatusNotFound, bodyNotFound)
		assertError(t, env.do(t, method, "/notes/999", bearer, nil), http.StatusNotFound, bodyNotFound)
	}
}

func TestUnknownRoutesAreJSONNotFound(t *testing.T) {
	env := newTestEnv(t)
	_, bearer := env.newUser(t, "kim@example.com")
	routes := []struct{ method, path string }{
		{http.MethodGet, "/"},
		{http.MethodGet, "/users"},
		{http.MethodGet, "/signup"},
		{http.MethodPut, "/notes/1"},
		{http.MethodPatch, "/notes"},
	}

	for _, route := range routes {
		t.Run(route.method+" "+route.path, func(t *testing.T) {
			resp := env.do(t, route.method, route.path, bearer, nil)

			assertError(t, resp, http.StatusNotFound, bodyNotFound)
		})
	}
}
