package nolintreason

import "log"

func logging(token string) {
	log.Printf("token %s", token) /* want `//nolint directive suppresses a logmask finding without a reason` */ //nolint:logmask
	log.Printf("token %s", token) //nolint:logmask // fixture data
}
