package printargs

import (
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

type credentials struct {
	User     string
	Password string
	APIToken []byte
}

func printing(w io.Writer, c credentials, password, token, user string, lg *log.Logger) {
	log.Printf("login %s with %s", user, password)  // want `password is logged unmasked by log.Printf; mask it before logging or leave it out`
	log.Println("token:", token)                    // want `token is logged unmasked by log.Println`
	log.Fatalf("bad %s", c.Password)                // want `c.Password is logged unmasked by log.Fatalf`
	lg.Printf("api %s", c.APIToken)                 // want `c.APIToken is logged unmasked by log.Logger.Printf`
	fmt.Println("password", password)               // want `password is logged unmasked by fmt.Println`
	fmt.Printf("%s\n", token)                       // want `token is logged unmasked by fmt.Printf`
	fmt.Fprintf(os.Stderr, "%s\n", token)           // want `token is logged unmasked by fmt.Fprintf`
	fmt.Fprintln(os.Stdout, c.Password)             // want `c.Password is logged unmasked by fmt.Fprintln`
	log.Print("token=" + token)                     // want `token is logged unmasked by log.Print`
	log.Print(fmt.Sprintf("pw=%s", password))       // want `password is logged unmasked by log.Print`
	log.Print(strings.TrimPrefix(token, "Bearer ")) // want `token is logged unmasked by log.Print`

	msg := "login with " + password
	log.Print(msg) // want `password is logged unmasked by log.Print`

	fmt.Println(os.Environ()) // want `os.Environ\(\) is logged unmasked by fmt.Println`

	// A local copy keeps the taint even with an ordinary name.
	p := c.Password
	log.Printf("%s", p) // want `c.Password is logged unmasked by log.Printf`
}

func notLogging(w io.Writer, c credentials, password, token, user string) {
	// Writing to a response or a file is not logging.
	fmt.Fprintf(w, "%s", token)
	_ = fmt.Sprintf("%s", password)

	// Lengths, types, pointers and short prefixes show no secret.
	log.Printf("password has %d characters", len(password))
	log.Printf("token type %T at %p", token, &token)
	log.Printf("token %s...", token[:4])
	log.Printf("user %s", user)
	log.Printf("user %s", c.User)

	// A constant under a sensitive name is no secret.
	secret := "<none>"
	log.Print(secret)
}
