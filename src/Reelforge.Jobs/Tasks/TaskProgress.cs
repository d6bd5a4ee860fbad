using Reelforge.Core.Requests;
using Reelforge.Pipeline.Generation;

namespace Reelforge.Jobs.Tasks;

/// <summary>A task's progress from 0 to 100 over its stages, weighted by what each usually costs.</summary>
internal static class TaskProgress
{
    private static readonly Dictionary<StageName, double> Weights = new()
    {
        [StageName.Plan] = 4,
        [StageName.Narrate] = 14,
        [StageName.Caption] = 2,
        [StageName.Gather] = 10,
        [StageName.Compose] = 5,
        [StageName.Render] = 60,
        [StageName.Verify] = 5,
    };

    /// <summary>Overall percent when <paramref name="report"/> comes from video <paramref name="videoNumber"/> of <paramref name="videoCount"/>.</summary>
    public static int Percent(StageProgress report, int videoNumber, int videoCount, StageName lastStage)
    {
        var stages = Weights.Where(w => w.Key <= lastStage).ToList();
        var total = stages.Sum(w => w.Value);
        var done = stages.Where(w => w.Key < report.Stage).Sum(w => w.Value);
        var fraction = report.State == StageState.Completed ? 1 : Math.Clamp(report.Fraction, 0, 1);
        var within = (done + (Weights[report.Stage] * fraction)) / total;
        var overall = ((videoNumber - 1) + within) / videoCount;

        // 100 is reserved for the finished task, after its files are in place.
        return Math.Clamp((int)Math.Floor(overall * 100), 0, 99);
    }
}
