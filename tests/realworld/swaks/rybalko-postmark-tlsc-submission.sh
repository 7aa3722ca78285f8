#!/bin/sh -ex
. "$TESTCONF"

swaks -tlsc -a LOGIN -au e2a7c5d1-9f3b-4b6e-a1d8-3c0f7e9b5a42 -ap e2a7c5d1-9f3b-4b6e-a1d8-3c0f7e9b5a42 -f mbox@test.com -t test@tests.advancedfiltering.net -s smtp.postmarkapp.com -p submission -q auth
swaks -tls -a PLAIN -au mbox@test.com -ap testpassword -f mbox@test.com -t test@tests.advancedfiltering.net -s $DST_HOST -p submission -q auth
