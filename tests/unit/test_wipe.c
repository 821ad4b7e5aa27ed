/*
 * Secrets are zeroed before their memory is freed (util/wipe, buf_release_wiped, the
 * clients' release functions, JSON documents through jansson's allocator). This binary
 * interposes free: while a test watches a secret, every freed block is searched for it.
 * Skipped under ASan, whose allocator this binary cannot stand between; under valgrind the
 * free it passes blocks on to is valgrind's.
 */
#include "lib/objstore.h"
#include "lib/workq.h"
#include "util/buf.h"
#include "util/wipe.h"

#include <criterion/criterion.h>
#include <dlfcn.h>
#include <jansson.h>
#include <malloc.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__)
#define OWN_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define OWN_ALLOCATOR 1
#endif
#endif

static const char *volatile watched_text; /* a secret: any freed block holding it fails the test */
/* volatile: the compiler takes free for a builtin that touches no global of ours */
static volatile int seen_nonzero, frees_checked;

#ifndef OWN_ALLOCATOR
extern void __libc_free(void *p);
static void (*next_free)(void *);

__attribute__((constructor)) static void find_next_free(void)
{
	next_free = (void (*)(void *))dlsym(RTLD_NEXT, "free");
}

void free(void *p)
{
	if (p && watched_text) {
		size_t n = malloc_usable_size(p), w = strlen(watched_text);
		frees_checked++;
		if (n >= w && memmem(p, n, watched_text, w))
			seen_nonzero++;
	}
	if (next_free)
		next_free(p);
	else
		__libc_free(p);
}
#endif

static void watch(const char *text)
{
#ifdef OWN_ALLOCATOR
	cr_skip_test("ASan's allocator: free cannot be interposed here");
#endif
	watched_text = text;
	seen_nonzero = frees_checked = 0;
}

static void unwatch(void)
{
	watched_text = NULL;
}

#define SECRET "s3cr3t-W1PE-me-0123456789"

Test(wipe, a_string_is_zeroed_before_free)
{
	watch(SECRET);
	char *s = strdup(SECRET);
	wipe_str_free(s);
	wipe_str_free(NULL);
	unwatch();
	cr_expect_eq(seen_nonzero, 0, "the secret was still in a freed block");
	cr_expect_geq(frees_checked, 1);
}

Test(wipe, the_interposed_free_sees_a_plain_free)
{
	/* the check itself: a secret freed without wiping is seen */
	watch(SECRET);
	char *volatile s = strdup(SECRET); /* volatile: the pair may not be optimised away */
	free(s);
	unwatch();
	cr_expect_eq(seen_nonzero, 1);
}

Test(wipe, a_buffer_is_zeroed_whole)
{
	struct buf b;
	watch(SECRET);
	buf_init(&b, 1 << 20);
	buf_printf(&b, "{\"secret\":\"%s\"}", SECRET);
	buf_release_wiped(&b);
	unwatch();
	cr_expect_eq(seen_nonzero, 0);
}

Test(wipe, json_documents_are_zeroed_when_freed)
{
	json_malloc_t m;
	json_free_t f;
	json_get_alloc_funcs(&m, &f);
	json_set_alloc_funcs(malloc, wipe_block_free); /* what tool_init does */
	watch(SECRET);
	json_t *j = json_loads("{\"accessKey\":\"A\",\"secret\":\"" SECRET "\"}", 0, NULL);
	cr_assert_not_null(j);
	json_decref(j);
	unwatch();
	json_set_alloc_funcs(m, f);
	cr_expect_eq(seen_nonzero, 0);
}

Test(wipe, push_access_credentials_are_zeroed_when_released)
{
	static const char dto[] = "{\"accessKey\":\"ASIAX\",\"secret\":\"" SECRET "\",\"sessionToken\":\"" SECRET
				  "\",\"storageUrl\":\"http://127.0.0.1:9/s3/\",\"organizationId\":\"org-1\"}";
	struct objstore_creds c;
	json_set_alloc_funcs(malloc, wipe_block_free);
	watch(SECRET);
	cr_assert_eq(objstore_creds_from_json(dto, strlen(dto), &c), 0);
	objstore_creds_release(&c);
	unwatch();
	cr_expect_eq(seen_nonzero, 0);
}
