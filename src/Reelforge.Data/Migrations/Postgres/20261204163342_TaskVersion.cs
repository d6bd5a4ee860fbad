using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reelforge.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TaskVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "tasks",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "tasks");
        }
    }
}
