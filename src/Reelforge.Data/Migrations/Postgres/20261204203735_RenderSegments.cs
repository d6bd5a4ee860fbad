using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reelforge.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RenderSegments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "render_segments",
                columns: table => new
                {
                    TaskId = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    VideoNumber = table.Column<int>(type: "integer", nullable: false),
                    BatchKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Index = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    WorkJson = table.Column<string>(type: "text", nullable: false),
                    WorkerId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ClaimedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HeartbeatAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Seconds = table.Column<double>(type: "double precision", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_render_segments", x => new { x.TaskId, x.VideoNumber, x.BatchKey, x.Index });
                    table.ForeignKey(
                        name: "FK_render_segments_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "render_segments");
        }
    }
}
