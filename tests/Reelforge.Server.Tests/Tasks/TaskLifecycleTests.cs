using Reelforge.Data.Tasks;

namespace Reelforge.Server.Tests.Tasks;

/// <summary>The transition table: every (state, transition) pair the lifecycle allows, and that it refuses all others.</summary>
public sealed class TaskLifecycleTests
{
    private static readonly Dictionary<TaskState, TaskTransition[]> Allowed = new()
    {
        [TaskState.Queued] = [TaskTransition.Start, TaskTransition.Cancel],
        [TaskState.Processing] = [TaskTransition.Start, TaskTransition.WaitToRetry, TaskTransition.Requeue, TaskTransition.Complete, TaskTransition.Fail, TaskTransition.Cancel],
        [TaskState.RetryWait] = [TaskTransition.Start, TaskTransition.Cancel],
        [TaskState.Complete] = [],
        [TaskState.Failed] = [],
        [TaskState.Cancelled] = [],
    };

    public static TheoryData<TaskState, TaskTransition, bool> EveryPair()
    {
        var data = new TheoryData<TaskState, TaskTransition, bool>();
        foreach (var state in Enum.GetValues<TaskState>())
        {
            foreach (var transition in Enum.GetValues<TaskTransition>())
            {
                data.Add(state, transition, Allowed[state].Contains(transition));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Allows_FollowsTheTransitionTable(TaskState state, TaskTransition transition, bool allowed)
    {
        Assert.Equal(allowed, TaskLifecycle.Allows(state, transition));
    }

    [Theory]
    [InlineData(TaskTransition.Start, TaskState.Processing)]
    [InlineData(TaskTransition.WaitToRetry, TaskState.RetryWait)]
    [InlineData(TaskTransition.Requeue, TaskState.Queued)]
    [InlineData(TaskTransition.Complete, TaskState.Complete)]
    [InlineData(TaskTransition.Fail, TaskState.Failed)]
    [InlineData(TaskTransition.Cancel, TaskState.Cancelled)]
    public void Target_IsTheStateEachTransitionEndsIn(TaskTransition transition, TaskState target)
    {
        Assert.Equal(target, TaskLifecycle.Target(transition));
    }

    [Fact]
    public void FinishedStates_HaveNoWayOut_AndEveryOtherStateCanBeCancelled()
    {
        foreach (var state in Enum.GetValues<TaskState>())
        {
            Assert.Equal(TaskLifecycle.IsFinished(state), TaskLifecycle.From(state).Count == 0);
            Assert.Equal(!TaskLifecycle.IsFinished(state), TaskLifecycle.Allows(state, TaskTransition.Cancel));
        }
    }

    [Fact]
    public void EveryState_IsWhereSomeTransitionEnds()
    {
        var reached = Enum.GetValues<TaskTransition>().Select(TaskLifecycle.Target).Distinct().Order();

        Assert.Equal(Enum.GetValues<TaskState>().Order(), reached);
    }
}
