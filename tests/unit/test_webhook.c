#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "lib/webhook.h"
#include "util/b64.h"
#include "util/err.h"

/* The Standard Webhooks specification's own example (its test vector). */
#define SECRET "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
#define MSG_ID "msg_p5jXN8AQM9LWM0D4loKWxJek"
#define TS "1614265330"
#define BODY "{\"test\": 2432232314}"
#define SIG "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="

static int verify(const char *secret, const char *id, const char *ts, const char *sig, const char *body, time_t now)
{
	return webhook_verify(secret, id, ts, sig, body, strlen(body), now, 0);
}

Test(webhook, spec_vector_signs_and_verifies)
{
	char *s = webhook_sign(SECRET, MSG_ID, 1614265330, BODY, strlen(BODY));
	cr_assert_str_eq(s, SIG);
	free(s);
	cr_assert_eq(verify(SECRET, MSG_ID, TS, SIG, BODY, 1614265330), 0);
	/* The prefix is optional, as in the official libraries. */
	cr_assert_eq(verify(SECRET + 6, MSG_ID, TS, SIG, BODY, 1614265330), 0);
}

Test(webhook, any_v1_entry_may_match_and_other_versions_are_skipped)
{
	cr_assert_eq(verify(SECRET, MSG_ID, TS, "v1a,xyz v1,AAAA " SIG, BODY, 1614265330), 0);
	cr_assert_eq(verify(SECRET, MSG_ID, TS, "v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", BODY, 1614265330), BYOC_EAUTH);
}

Test(webhook, forged_or_changed_is_refused)
{
	cr_assert_eq(verify(SECRET, MSG_ID, TS, SIG, "{\"test\": 2432232315}", 1614265330), BYOC_EAUTH);
	cr_assert(strstr(byoc_errmsg(), "no webhook signature matches"));
	cr_assert_eq(verify(SECRET, "msg_other", TS, SIG, BODY, 1614265330), BYOC_EAUTH);
	cr_assert_eq(verify("whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", MSG_ID, TS, SIG, BODY, 1614265330), BYOC_EAUTH);
	cr_assert_eq(verify(SECRET, MSG_ID, TS, "v1,not-base64!", BODY, 1614265330), BYOC_EAUTH);
	cr_assert_eq(verify(SECRET, MSG_ID, TS, "", BODY, 1614265330), BYOC_EAUTH);
	cr_assert(strstr(byoc_errmsg(), "missing webhook-signature"));
	cr_assert_eq(verify(SECRET, "", TS, SIG, BODY, 1614265330), BYOC_EAUTH);
}

Test(webhook, stale_or_future_timestamps_are_refused)
{
	cr_assert_eq(verify(SECRET, MSG_ID, TS, SIG, BODY, 1614265330 + 300), 0);
	cr_assert_eq(verify(SECRET, MSG_ID, TS, SIG, BODY, 1614265330 + 301), BYOC_EAUTH);
	cr_assert(strstr(byoc_errmsg(), "too old"));
	cr_assert_eq(verify(SECRET, MSG_ID, TS, SIG, BODY, 1614265330 - 301), BYOC_EAUTH);
	cr_assert(strstr(byoc_errmsg(), "future"));
	cr_assert_eq(verify(SECRET, MSG_ID, "1614265330.5", SIG, BODY, 1614265330), BYOC_EAUTH);
	cr_assert_eq(verify(SECRET, MSG_ID, "-1", SIG, BODY, 1614265330), BYOC_EAUTH);
}

Test(webhook, malformed_secrets_are_named_without_their_value)
{
	cr_assert_eq(webhook_secret_check(SECRET), 0);
	cr_assert_eq(webhook_secret_check("whsec_!!!!"), BYOC_EUSAGE);
	cr_assert(strstr(byoc_errmsg(), "not whsec_ followed by base64"));
	cr_assert_eq(webhook_secret_check("whsec_AAAA"), BYOC_EUSAGE);
	cr_assert(strstr(byoc_errmsg(), "3 bytes"));
	cr_assert_eq(webhook_secret_check(""), BYOC_EUSAGE);
	cr_assert_eq(verify("whsec_!!", MSG_ID, TS, SIG, BODY, 1614265330), BYOC_EUSAGE);
}

Test(b64, round_trips_both_alphabets)
{
	const unsigned char bytes[] = {0xfb, 0xff, 0x00, 0x3e, 0x3f, 0x10, 0x7f};
	for (size_t n = 0; n <= sizeof bytes; n++) {
		for (int url = 0; url <= 1; url++) {
			char *e = b64_encode(bytes, n, url);
			size_t dn = 99;
			unsigned char *d = b64_decode(e, strlen(e), url, &dn);
			cr_assert_not_null(d, "n=%zu url=%d e=%s", n, url, e);
			cr_assert_eq(dn, n);
			cr_assert_eq(memcmp(d, bytes, n), 0);
			cr_assert_null(strpbrk(e, url ? "+/=" : "-_"));
			free(e);
			free(d);
		}
	}
}

Test(b64, refuses_what_is_not_canonical)
{
	size_t n;
	unsigned char *d;
	cr_assert_null(b64_decode("Zm9v YmFy", 9, false, &n));   /* whitespace */
	cr_assert_null(b64_decode("Zm8-", 4, false, &n));        /* url alphabet in std */
	cr_assert_null(b64_decode("Zm8+", 4, true, &n));         /* std alphabet in url */
	cr_assert_null(b64_decode("Zg===", 5, false, &n));       /* three pads */
	cr_assert_null(b64_decode("Z", 1, false, &n));           /* one char cannot be a byte */
	cr_assert_null(b64_decode("Zh==", 4, false, &n));        /* non-zero leftover bits */
	d = b64_decode("Zm9vYg", 6, false, &n);                  /* unpadded is fine */
	cr_assert_not_null(d);
	cr_assert_str_eq((char *)d, "foob");
	free(d);
}
