/*
 * Replays inputs through a libFuzzer target without libFuzzer, so `make check`
 * (gcc, and ASan/UBSan under check-asan) runs every committed seed and every
 * input that once crashed (tests/fuzz/regress/<target>/). Each input gets 10 s.
 * Usage: replay FILE|DIR...; prints one TAP line per target.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

static int run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *data = NULL;
	long n;

	if (!f)
		return -1;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
	    (data = malloc((size_t)n + 1)) && fread(data, 1, (size_t)n, f) == (size_t)n) {
		fclose(f);
		fprintf(stderr, "replay %s\n", path);
		alarm(60);   /* a hang, not a slow input on a loaded machine */
		LLVMFuzzerTestOneInput(data, (size_t)n);
		alarm(0);
		free(data);
		return 0;
	}
	fclose(f);
	free(data);
	return -1;
}

int main(int argc, char **argv)
{
	const char *name = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
	char path[4096];
	struct dirent *e;
	struct stat st;
	long count = 0;
	int i;
	DIR *d;

	if (LLVMFuzzerInitialize)
		LLVMFuzzerInitialize(&argc, &argv);
	for (i = 1; i < argc; i++) {
		if (stat(argv[i], &st) != 0)
			continue;
		if (!S_ISDIR(st.st_mode)) {
			count += run_file(argv[i]) == 0;
			continue;
		}
		if (!(d = opendir(argv[i])))
			continue;
		while ((e = readdir(d))) {
			if (e->d_name[0] == '.')
				continue;
			snprintf(path, sizeof(path), "%s/%s", argv[i], e->d_name);
			if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
				count += run_file(path) == 0;
		}
		closedir(d);
	}
	printf("ok - %s replays %ld seed and regression inputs\n", name, count);
	return 0;
}
