package org.archivekg.spark;

import java.io.IOException;

import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.output.TextOutputFormat;

/**
 * Hadoop's text output, one N-Quads line per record (the key is null, so only the value is written), in shards named
 * {@code part-r-NNNNN.nq}: the name loaders and stores recognise N-Quads by. Written through Hadoop's output committer,
 * so a failed or repeated task leaves no half shard, and the directory gets {@code _SUCCESS} when the job is done.
 */
public final class NQuadsOutputFormat extends TextOutputFormat<NullWritable, Text> {

    @Override
    public Path getDefaultWorkFile(TaskAttemptContext context, String extension) throws IOException {
        return super.getDefaultWorkFile(context, ".nq" + extension);
    }
}
